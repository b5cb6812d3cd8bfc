// Issue 11: an open file (above all an overdue one) says to whoever opens it what comes next and
// who does it — and, where that is the reader, offers the step at once. The moves the reader may
// make are the main side's (file.moves, the state machine by role); this only picks the words.

import type { DecisionFile } from '../../../shared/contract/decisions.ts';
import type { Move } from '../../../shared/domain/application-states.ts';

export type NextStepWork = 'start_review' | 'decide' | 'resubmit' | 'printLetter' | 'notify' | 'close';

export interface NextStep {
  work: NextStepWork;
  /** Whether the reader does it (a button), or someone else does (words only). */
  yours: boolean;
  /** Where the step is done on the panel: a move's form, the decision choice, the letter. */
  target: Move | 'decide' | 'printLetter' | null;
}

type FileState = Pick<DecisionFile, 'status' | 'moves' | 'letter'>;

export function nextStepOf(file: FileState): NextStep | null {
  const may = (m: Move) => file.moves.includes(m);
  switch (file.status) {
    case 'accepted':
      return {
        work: 'start_review',
        yours: may('start_review'),
        target: may('start_review') ? 'start_review' : null,
      };
    case 'under_review':
      return { work: 'decide', yours: may('approve'), target: may('approve') ? 'decide' : null };
    case 'returned':
      return { work: 'resubmit', yours: may('resubmit'), target: may('resubmit') ? 'resubmit' : null };
    case 'approved':
    case 'refused': {
      const yours = may('send_by_post') || may('hand_over');
      if (!file.letter?.printed.length) {
        return { work: 'printLetter', yours, target: yours ? 'printLetter' : null };
      }
      return {
        work: 'notify',
        yours,
        target: yours ? (may('send_by_post') ? 'send_by_post' : 'hand_over') : null,
      };
    }
    case 'notified':
      return { work: 'close', yours: may('close'), target: may('close') ? 'close' : null };
    default:
      return null;
  }
}

/** The first control of the place where the step is done, for the keyboard to land on. */
export function stepControl(target: NonNullable<NextStep['target']>): HTMLElement | null {
  const place =
    target === 'decide'
      ? document.querySelector('.decision-choice')
      : target === 'printLetter'
        ? document.getElementById('print-letter')
        : document.querySelector(`form.move-${target}`);
  if (!place) return null;
  if (place instanceof HTMLButtonElement) return place;
  return place.querySelector<HTMLElement>('input, select, textarea, button');
}
