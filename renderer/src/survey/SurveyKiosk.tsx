// The survey kiosk (§19; 2.1, 3.1, 5.1 for every visitor, 4.3 and 4.4 for a complainant): a page
// of its own on a tablet or the waiting-room PC, opened with its own key in the browser mode. The
// visit code typed or scanned (a scanner types it and presses Enter), one question a screen, five
// large buttons each with its mark and its word, Kazakh or Russian, the thanks, and back to the
// start. Anonymous: it asks for no name and shows nothing of the visit.

import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { SURVEY_QUESTION_TEXT, SURVEY_SCALE } from '../../../shared/domain/report/survey-wording.ts';
import type { ApiClient } from '../api/client.ts';
import { createSurveyStore, type SurveyStore } from '../stores/survey.ts';
import { surveyTexts } from './texts.ts';
import './survey.css';

export function SurveyKiosk({ store, i18n }: { store: SurveyStore; i18n: I18n }) {
  const s = useStore(store);
  const t = useMemo(() => surveyTexts.tIn(i18n, s.lang), [i18n, s.lang]);
  const question = s.questions[s.index];
  return (
    <main className="survey" lang={s.lang}>
      <header className="survey-head">
        <h1>{t('title')}</h1>
        <button
          type="button"
          className="survey-lang"
          // The button's word is in the other language, and is read out in it.
          lang={s.lang === 'kk' ? 'ru' : 'kk'}
          onClick={() => s.setLang(s.lang === 'kk' ? 'ru' : 'kk')}
        >
          {t('language')}
        </button>
      </header>

      {s.step === 'code' && (
        <form
          className="survey-code"
          onSubmit={(e) => {
            e.preventDefault();
            void s.start();
          }}
        >
          <p>{t('intro')}</p>
          <label>
            {t('codeLabel')}
            <input
              // biome-ignore lint/a11y/noAutofocus: a kiosk with one field; a scanner types into it at once
              autoFocus
              value={s.code}
              autoComplete="off"
              spellCheck={false}
              maxLength={40}
              onChange={(e) => s.setCode(e.target.value.toUpperCase())}
            />
          </label>
          {s.problem && (
            <p role="alert" className="survey-problem">
              {t(s.problem)}
            </p>
          )}
          <button type="submit" className="survey-start" disabled={s.busy || s.code.trim() === ''}>
            {t('start')}
          </button>
        </form>
      )}

      {s.step === 'question' && question && (
        <section className="survey-question" aria-labelledby="survey-q">
          <p className="survey-progress">{t('question', { n: s.index + 1, of: s.questions.length })}</p>
          <h2 id="survey-q">{SURVEY_QUESTION_TEXT[question][s.lang]}</h2>
          <div className="survey-scale">
            {SURVEY_SCALE.map((m) => (
              <button
                key={m.mark}
                type="button"
                className={`survey-mark survey-mark-${m.mark}`}
                disabled={s.busy}
                onClick={() => void s.answer(m.mark)}
              >
                <span className="survey-mark-digit">{m.mark}</span>
                <span className="survey-mark-word">{m[s.lang]}</span>
              </button>
            ))}
          </div>
          <button type="button" className="survey-back" onClick={() => s.reset()}>
            {t('back')}
          </button>
        </section>
      )}

      {s.step === 'thanks' && (
        <section className="survey-thanks" role="status">
          <h2>{t('thanks')}</h2>
          <p>{t('thanksLine')}</p>
          <button type="button" className="survey-back" onClick={() => s.reset()}>
            {t('back')}
          </button>
        </section>
      )}
    </main>
  );
}

/** The page at #/survey: its own store, no desk, no sign-in. */
export function SurveyApp({ api, i18n, thanksMs = 6000 }: { api: ApiClient; i18n: I18n; thanksMs?: number }) {
  const store = useMemo(() => createSurveyStore(api, thanksMs), [api, thanksMs]);
  useEffect(() => {
    document.title = 'Сауалнама / Анкета — Qabyldau';
    return () => store.getState().reset();
  }, [store]);
  return <SurveyKiosk store={store} i18n={i18n} />;
}

/** Whether the page was opened as the survey kiosk (renderer/src/main.tsx). */
export { isSurveyRoute } from '../routes.ts';
