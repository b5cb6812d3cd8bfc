// The moves of the review (§5): handing the file to the head, handing it again after a
// correction, closing it — each with a note at most — and sending it back for correction,
// with the reason the clerk reads.

import { useDecisionsT } from '../texts.ts';
import { type MoveFormProps, MoveFrame, useMoveForm } from './fields.tsx';

const NOTE_CHANNELS = {
  start_review: 'decisions.startReview',
  resubmit: 'decisions.resubmit',
  close: 'decisions.close',
} as const;

/** A move that asks for nothing but an optional note. */
export function NoteForm(props: MoveFormProps & { move: keyof typeof NOTE_CHANNELS }) {
  const form = useMoveForm(props);
  return (
    <MoveFrame
      move={props.move}
      onDone={props.onDone}
      record={() => form.store.getState().move(NOTE_CHANNELS[props.move], { ...form.at, ...form.noteInput })}
    >
      {form.note}
    </MoveFrame>
  );
}

export function ReturnForm(props: MoveFormProps) {
  const { tp } = useDecisionsT();
  const form = useMoveForm(props);
  return (
    <MoveFrame
      move="return_for_correction"
      onDone={props.onDone}
      danger
      record={() =>
        form.store
          .getState()
          .move('decisions.returnForCorrection', { ...form.at, reason: form.v.reason ?? '' })
      }
    >
      {form.textArea('reason', tp('panel.returnReason'))}
    </MoveFrame>
  );
}
