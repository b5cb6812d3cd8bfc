// The decision taken (§16, §17): approved or refused, on which order, by whom, and what it says.

import type { DecisionFile } from '../../../shared/contract/decisions.ts';
import { formatLocalDate } from '../../../shared/domain/office-time.ts';
import { currentLang } from '../i18n/index.ts';
import { stepDetails } from './step-details.ts';
import { useDecisionsT } from './texts.ts';

export function DecisionSummary({ file }: { file: DecisionFile }) {
  const { tp, i18n } = useDecisionsT();
  const d = file.decision;
  if (!d) return null;
  const lang = currentLang(i18n);
  return (
    <div className={`decision-summary decision-${d.move}`}>
      <strong>{d.move === 'approve' ? tp('panel.approved') : tp('panel.refused')}</strong>
      <div>
        {tp('panel.order', {
          number: d.basisNumber ?? '',
          date: formatLocalDate(d.basisDate ?? d.localDate),
        })}{' '}
        · {d.byName}
      </div>
      {stepDetails({ ...d, basisNumber: null, note: null }, file, lang, tp).map((x) => (
        <div key={x}>{x}</div>
      ))}
    </div>
  );
}
