// What comes next on this file and who does it; on an overdue file, in the colour of the banner
// that sent the reader here, with the step itself one click (or Enter) away when it is theirs.

import type { DecisionFile } from '../../../shared/contract/decisions.ts';
import { DaysLeft } from '../ui/DaysLeft.tsx';
import { nextStepOf, stepControl } from './next-step.ts';
import { useDecisionsT } from './texts.ts';

export function NextStep({ file }: { file: DecisionFile }) {
  const { tp } = useDecisionsT();
  const next = nextStepOf(file);
  if (!next) return null;
  const overdue = file.termState === 'overdue';
  const { target } = next;
  return (
    <div className={`next-step${overdue ? ' next-step-overdue' : ''}`} data-testid="next-step">
      {overdue && (
        <strong className="next-step-late">
          <DaysLeft term={file} />
        </strong>
      )}
      <p id="next-step-text">
        {next.yours
          ? tp(`nextStep.yours.${next.work}`)
          : tp(`nextStep.others.${next.work}`, { by: file.acceptedBy })}
      </p>
      {target && (
        <button
          type="button"
          className={overdue ? 'warn' : 'secondary'}
          aria-describedby="next-step-text"
          // Focus scrolls the form into view.
          onClick={() => stepControl(target)?.focus()}
        >
          {tp(`nextStep.go.${next.work}`)}
        </button>
      )}
    </div>
  );
}
