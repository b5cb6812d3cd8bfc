// One application after the talon: where it stands against the §7.1 term, the decision and its
// letter, the next steps the signed-in user may take (the state machine decides which), and
// the whole history — corrections shown beside the steps they voided, never instead of them.

import { useEffect, useState } from 'react';
import type { Move } from '../../../shared/domain/application-states.ts';
import { useDecisions, useDesk } from '../desk.tsx';
import { describeError, messagesAtTop } from '../i18n/errors.ts';
import { TopErrors } from '../ui/Field.tsx';
import { CorrectionForm } from './CorrectionForm.tsx';
import { DecisionSummary } from './DecisionSummary.tsx';
import { History } from './History.tsx';
import { LetterBox } from './LetterBox.tsx';
import { MoveForm } from './move-forms/MoveForm.tsx';
import { NextStep } from './NextStep.tsx';
import { nextStepOf } from './next-step.ts';
import { StatusPill } from './StatusPill.tsx';
import { TermLine } from './TermLine.tsx';
import { useDecisionsT } from './texts.ts';
import './decisions.css';
import { Notice } from '../ui/Announcer.tsx';

/** The fields the move forms show; an error about any other path goes to the top of the panel. */
const FORM_FIELDS = [
  'orderNumber',
  'orderDate',
  'servicesFrom',
  'socialWorker',
  'serviceUnit',
  'ground',
  'explanation',
  'reason',
  'sentDate',
  'receivedBy',
];

export function DecisionPanel({
  applicationId,
  onChanged,
}: {
  applicationId: number;
  onChanged?: () => void;
}) {
  const { tp, i18n } = useDecisionsT();
  const desk = useDesk();
  const store = desk.decisions;
  const file = useDecisions((s) => s.file);
  const error = useDecisions((s) => s.error);
  const notice = useDecisions((s) => s.notice);
  const today = useDecisions((s) => s.due?.today);
  const [choice, setChoice] = useState<Move | null>(null);
  const timeZone = desk.session.getState().office?.office.timeZone;

  useEffect(() => {
    if (store.getState().file?.applicationId !== applicationId) void store.getState().openFile(applicationId);
    if (!store.getState().due) void store.getState().loadDue();
  }, [store, applicationId]);

  if (!file || file.applicationId !== applicationId) {
    return error ? <TopErrors messages={describeError(i18n, error).map((p) => p.text)} /> : null;
  }
  const placed = error ? describeError(i18n, error) : [];
  const top = messagesAtTop(placed, FORM_FIELDS);
  const decisionMoves = file.moves.filter((m) => m === 'approve' || m === 'refuse');
  const otherMoves = file.moves.filter((m) => m !== 'approve' && m !== 'refuse');
  const picked = choice && file.moves.includes(choice) ? choice : null;
  // Issue 11: what comes next and whose it is (NextStep); a role with nothing to do here and
  // no next step (an administrator on a closed file) is told so.
  const idle =
    file.moves.length === 0 && !nextStepOf(file) && file.status !== 'closed' && file.status !== 'cancelled';
  const done = () => {
    setChoice(null);
    onChanged?.();
  };

  return (
    <section className="panel decision-panel" aria-labelledby="decision-title">
      <div className="section-head">
        <h2 id="decision-title">{tp('panel.title')}</h2>
        <StatusPill status={file.status} />
      </div>
      <p className="decision-term">
        <TermLine file={file} />
        {file.returnsForCorrection > 0 && (
          <span className="hint"> · {tp('panel.returns', { count: file.returnsForCorrection })}</span>
        )}
      </p>
      <NextStep file={file} />
      <TopErrors messages={top} />
      <Notice
        as="p"
        text={
          notice
            ? notice === 'saved'
              ? tp('panel.saved')
              : notice === 'printed'
                ? tp('notice.printed')
                : tp('notice.shown')
            : null
        }
      />
      <DecisionSummary file={file} />
      <LetterBox file={file} />
      {idle && <p className="hint">{tp('panel.noMoves')}</p>}
      {decisionMoves.length > 0 && (
        <fieldset className="decision-choice">
          <legend>{tp('panel.chooseDecision')}</legend>
          {decisionMoves.map((m) => (
            <label key={m} className={`choice choice-${m}`}>
              <input
                type="radio"
                name="decision-choice"
                checked={picked === m}
                onChange={() => setChoice(m)}
              />
              {tp(`steps.${m}`)}
            </label>
          ))}
        </fieldset>
      )}
      {picked && (
        <MoveForm
          key={`${picked}-${today}`}
          move={picked}
          file={file}
          today={today ?? ''}
          placed={placed}
          onDone={done}
        />
      )}
      {otherMoves.map((m) => (
        <MoveForm
          key={`${m}-${file.steps.length}-${today}`}
          move={m}
          file={file}
          today={today ?? ''}
          placed={placed}
          onDone={done}
        />
      ))}
      <CorrectionForm key={`c-${file.steps.length}`} file={file} placed={placed} />
      <h3>{tp('panel.history')}</h3>
      <History file={file} timeZone={timeZone} />
    </section>
  );
}
