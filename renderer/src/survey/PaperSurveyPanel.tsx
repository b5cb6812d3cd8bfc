// The paper survey form typed in at the desk (§19): the code printed on the form, then one mark
// per question as the visitor ticked it. Small, beside the queue's other day panels.

import { useMemo } from 'react';
import { useStore } from 'zustand';
import { SURVEY_QUESTION_TEXT, SURVEY_SCALE } from '../../../shared/domain/report/survey-wording.ts';
import { useDesk, useQueue } from '../desk.tsx';
import { describeError } from '../i18n/errors.ts';
import { createPaperSurveyStore } from '../stores/paper-survey.ts';
import { TopErrors } from '../ui/Field.tsx';
import { surveyTexts } from './texts.ts';

export function PaperSurveyPanel() {
  const desk = useDesk();
  const { tp, i18n } = surveyTexts.useT();
  const store = useMemo(() => createPaperSurveyStore(desk.api), [desk.api]);
  const s = useStore(store);
  const lang = i18n.language === 'ru' ? 'ru' : 'kk';
  // The visitor at the desk takes a paper form with their ticket's code.
  const mine = useQueue((q) => q.board?.mine ?? null);
  return (
    <section className="panel paper-survey" aria-labelledby="paper-survey-title">
      <h3 id="paper-survey-title">{tp('paper.title')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void (s.questions ? s.save() : s.check());
        }}
      >
        <label>
          {tp('paper.code')}
          <input
            value={s.code}
            autoComplete="off"
            maxLength={40}
            onChange={(e) => s.setCode(e.target.value.toUpperCase())}
          />
        </label>
        {s.questions?.map((q) => (
          <fieldset key={q}>
            <legend>{`${q} ${SURVEY_QUESTION_TEXT[q][lang]}`}</legend>
            {SURVEY_SCALE.map((m) => (
              <label key={m.mark}>
                <input
                  type="radio"
                  name={`paper-${q}`}
                  checked={s.marks[q] === m.mark}
                  onChange={() => s.mark(q, m.mark)}
                />
                {`${m.mark} ${m[lang]}`}
              </label>
            ))}
          </fieldset>
        ))}
        {s.questions?.length === 0 && <p role="status">{tp('allAnswered')}</p>}
        <TopErrors messages={s.error ? describeError(i18n, s.error).map((p) => p.text) : []} />
        {s.saved !== null && <p role="status">{tp('paper.saved', { count: s.saved })}</p>}
        <button type="submit" disabled={s.busy || s.code.trim() === '' || s.questions?.length === 0}>
          {s.questions ? tp('paper.save') : tp('paper.check')}
        </button>
      </form>
      {mine && (
        <button type="button" disabled={s.busy} onClick={() => void s.printForm(mine.id)}>
          {tp('paper.print', { number: mine.number })}
        </button>
      )}
      {desk.api.door === 'ipc' && (
        <button type="button" onClick={() => void s.openKiosk()}>
          {tp('paper.openKiosk')}
        </button>
      )}
    </section>
  );
}
