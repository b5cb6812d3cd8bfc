// The §7.1 term of one application: the days left while it runs, whether it was kept (indicator
// 1.1) once the applicant is notified.

import type { DecisionFile } from '../../../shared/contract/decisions.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { DaysLeft } from '../ui/DaysLeft.tsx';
import { useDecisionsT } from './texts.ts';

export function TermLine({ file }: { file: DecisionFile }) {
  const { tp } = useDecisionsT();
  const term = tp('panel.term', { date: formatLocalDate(file.termEnd) });
  if (file.servedInTerm !== null) {
    return (
      <span>
        {term} ·{' '}
        <span className={`days-left ${file.servedInTerm ? 'term-ok' : 'term-overdue'}`}>
          {file.servedInTerm ? tp('panel.servedInTerm') : tp('panel.notServedInTerm')}
        </span>
      </span>
    );
  }
  if (file.status === 'cancelled') return <span>{term}</span>;
  return (
    <span>
      {term} · <DaysLeft term={file} />
    </span>
  );
}
