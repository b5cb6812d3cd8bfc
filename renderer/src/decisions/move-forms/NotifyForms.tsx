// Notifying the applicant of the decision (§16): the letter handed to the post on a date, or
// handed over in person to the applicant or the child's representative. Either needs the
// printed letter first.

import type { DecisionFile } from '../../../../shared/contract/decisions.ts';
import { useFieldsT } from '../../i18n/contract-texts.ts';
import { useDecisionsT } from '../texts.ts';
import { type MoveFormProps, MoveFrame, useMoveForm } from './fields.tsx';

const letterMissing = (file: DecisionFile) => !file.letter?.printed.length;

export function PostForm(props: MoveFormProps) {
  const form = useMoveForm(props, { sentDate: props.today });
  return (
    <MoveFrame
      move="send_by_post"
      onDone={props.onDone}
      needsLetter={letterMissing(props.file)}
      record={() =>
        form.store.getState().move('decisions.markSent', {
          ...form.at,
          sentDate: form.v.sentDate ?? props.today,
          ...form.noteInput,
        })
      }
    >
      {form.date('sentDate')}
      {form.note}
    </MoveFrame>
  );
}

export function HandOverForm(props: MoveFormProps) {
  const { tp } = useDecisionsT();
  const { tp: tf } = useFieldsT();
  const child = props.file.category === 'child';
  const form = useMoveForm(props, { receivedBy: child ? 'representative' : 'applicant' });
  const { v, set, id } = form;
  return (
    <MoveFrame
      move="hand_over"
      onDone={props.onDone}
      needsLetter={letterMissing(props.file)}
      record={() =>
        form.store.getState().move('decisions.handOver', {
          ...form.at,
          receivedBy: v.receivedBy === 'representative' ? 'representative' : 'applicant',
          ...form.noteInput,
        })
      }
    >
      <fieldset className="field">
        <legend>{tf('receivedBy')}</legend>
        {(child ? (['representative', 'applicant'] as const) : (['applicant'] as const)).map((who) => (
          <label key={who} className="radio">
            <input
              type="radio"
              name={id('receivedBy')}
              value={who}
              checked={v.receivedBy === who}
              onChange={() => set('receivedBy')(who)}
            />
            {tp(`receivedBy.${who}`)}
          </label>
        ))}
      </fieldset>
      {form.note}
      <p className="hint field-wide">{tp('panel.onlyInPerson')}</p>
    </MoveFrame>
  );
}
