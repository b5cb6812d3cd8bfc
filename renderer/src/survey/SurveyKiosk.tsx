// The survey kiosk (§19; 2.1, 3.1, 5.1 for every visitor, 4.3 and 4.4 for a complainant): a page
// of its own on a tablet or the waiting-room PC, opened with its own key in the browser mode. The
// visit code typed or scanned (a scanner types it and presses Enter), one question a screen, five
// large buttons each with its face, its mark and its word, Kazakh or Russian, the thanks, and back
// to the start. Anonymous: it asks for no name and shows nothing of the visit.
//
// For the people this office serves (issue 13): every target at least 96 px tall with 28 px
// text, high contrast, never a colour alone; by touch, mouse or keyboard (Tab between the
// controls, the arrow keys within the answers, Enter or Space); and each question read aloud on
// request — its button, or "read every question" for a visitor who cannot see the screen — in
// the waiting-room screen's voice (display/chime.ts: the same engine, the office's volume).

import type { i18n as I18n } from 'i18next';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { SurveyQuestion } from '../../../shared/domain/report/survey.ts';
import {
  SURVEY_QUESTION_TEXT,
  SURVEY_SCALE,
  spokenSurveyQuestion,
} from '../../../shared/domain/report/survey-wording.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import type { ApiClient } from '../api/client.ts';
import { type Voice, webAudioChime } from '../display/chime.ts';
import { createSurveyStore, type SurveyStore } from '../stores/survey.ts';
import { type SurveyTp, surveyTexts } from './texts.ts';
import './survey.css';

/** Each language's name in itself, as the visitor looks for it. */
const LANGUAGES: readonly { lang: Lang; name: string }[] = [
  { lang: 'kk', name: 'Қазақша' },
  { lang: 'ru', name: 'Русский' },
];

/**
 * The mouth of each mark's face, from a deep frown (1) to a broad open smile (5): told apart at a
 * glance, without their colour (they have none) or their digit.
 */
const MOUTHS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'M6.5 18q5.5-7 11 0',
  2: 'M8 17q4-3 8 0',
  3: 'M7.5 15.5h9',
  4: 'M8 14.5q4 3 8 0',
  5: 'M6.5 13.5h11q-1 6-5.5 6t-5.5-6z',
};

function Icon({ d, className }: { d: string; className?: string }) {
  return (
    <svg
      className={`survey-icon${className ? ` ${className}` : ''}`}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}

const SPEAKER = 'M4 9v6h4l5 4V5L8 9zm12.5-1.5a6 6 0 0 1 0 9M19 5a9.5 9.5 0 0 1 0 14';
const STOP = 'M7 7h10v10H7z';
const BOX = 'M4 4h16v16H4z';
const BOX_CHECKED = 'M4 4h16v16H4zM7.5 12.5l3 3 6-7';
const CHECK = 'M5 12.5l4.5 4.5L19 7';
const BACK = 'M11 5l-7 7 7 7M4 12h16';

function Face({ mark }: { mark: 1 | 2 | 3 | 4 | 5 }) {
  return (
    <svg className="survey-face" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10" />
      <path d={`M8.5 9v1.5M15.5 9v1.5${MOUTHS[mark]}`} />
    </svg>
  );
}

/**
 * The five answers: one stop of the Tab key, the arrow keys move between them (Home, End to the
 * ends), Enter or Space answers. With "read every question" on, the answer reached is said.
 */
function Answers({
  question,
  lang,
  busy,
  label,
  onAnswer,
  onReach,
}: {
  question: SurveyQuestion;
  lang: Lang;
  busy: boolean;
  label: string;
  onAnswer(mark: number): void;
  onReach(word: string): void;
}) {
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (to: number) => {
    const i = Math.max(0, Math.min(SURVEY_SCALE.length - 1, to));
    setActive(i);
    buttons.current[i]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? active + 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? active - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? SURVEY_SCALE.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    move(to);
  };
  return (
    <fieldset className="survey-scale" data-question={question} onKeyDown={onKeyDown}>
      <legend className="survey-hidden">{label}</legend>
      {SURVEY_SCALE.map((m, i) => (
        <button
          key={m.mark}
          ref={(el) => {
            buttons.current[i] = el;
          }}
          type="button"
          className={`survey-mark survey-mark-${m.mark}`}
          tabIndex={i === active ? 0 : -1}
          disabled={busy}
          onFocus={() => {
            setActive(i);
            onReach(m[lang]);
          }}
          onClick={() => onAnswer(m.mark)}
        >
          <Face mark={m.mark} />
          <span className="survey-mark-digit">{m.mark}</span>
          <span className="survey-mark-word">{m[lang]}</span>
        </button>
      ))}
    </fieldset>
  );
}

function Header({ store, t }: { store: SurveyStore; t: SurveyTp }) {
  const s = useStore(store);
  return (
    <header className="survey-head">
      <h1>{t('title')}</h1>
      <div className="survey-controls">
        <fieldset className="survey-langs">
          <legend className="survey-hidden">{t('languages')}</legend>
          {LANGUAGES.map((l) => (
            <button
              key={l.lang}
              type="button"
              className="survey-lang"
              // Each language's name is in that language, and is read out in it.
              lang={l.lang}
              aria-pressed={s.lang === l.lang}
              onClick={() => s.setLang(l.lang)}
            >
              {s.lang === l.lang && <Icon d={CHECK} />}
              {l.name}
            </button>
          ))}
        </fieldset>
        <button
          type="button"
          className="survey-read-all"
          aria-pressed={s.readAll}
          onClick={() => s.setReadAll(!s.readAll)}
        >
          <Icon d={s.readAll ? BOX_CHECKED : BOX} />
          {t('readAll')}
        </button>
      </div>
    </header>
  );
}

export function SurveyKiosk({ store, i18n }: { store: SurveyStore; i18n: I18n }) {
  const s = useStore(store);
  const t = useMemo(() => surveyTexts.tIn(i18n, s.lang), [i18n, s.lang]);
  const question = s.questions[s.index];
  const heading = useRef<HTMLHeadingElement>(null);

  // A new question, or the thanks: the eye and the keyboard start at its heading, not on the
  // answer just pressed (which would now mean the next question's answer).
  useEffect(() => {
    if (s.step !== 'code' && s.index >= 0) heading.current?.focus();
  }, [s.step, s.index]);

  // Moving on — an answer, another language, back to the start — stops what was being read.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the step, question and language say when to stop; the effect reads none of them
  useEffect(() => () => store.getState().stopReading(), [store, s.step, s.index, s.lang]);

  // "Read every question": each question as it comes, and the thanks.
  useEffect(() => {
    if (!s.readAll) return;
    const { read } = store.getState();
    if (s.step === 'question' && question) read(spokenSurveyQuestion(question, s.lang));
    if (s.step === 'thanks')
      read([
        { lang: s.lang, text: t('thanks') },
        { lang: s.lang, text: t('thanksLine') },
      ]);
  }, [store, s.readAll, s.step, question, s.lang, t]);

  return (
    <main className="survey" lang={s.lang}>
      <Header store={store} t={t} />

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
          <div className="survey-ask">
            <h2 id="survey-q" ref={heading} tabIndex={-1}>
              {SURVEY_QUESTION_TEXT[question][s.lang]}
            </h2>
            <button
              type="button"
              className="survey-listen"
              onClick={() => (s.speaking ? s.stopReading() : s.read(spokenSurveyQuestion(question, s.lang)))}
            >
              <Icon d={s.speaking ? STOP : SPEAKER} />
              {s.speaking ? t('stopListening') : t('listen')}
            </button>
          </div>
          <Answers
            key={`${s.index}-${question}`}
            question={question}
            lang={s.lang}
            busy={s.busy}
            label={t('answers')}
            onAnswer={(mark) => void s.answer(mark)}
            onReach={(word) => {
              if (store.getState().readAll) store.getState().read([{ lang: s.lang, text: word }]);
            }}
          />
          <button type="button" className="survey-back" onClick={() => s.reset()}>
            <Icon d={BACK} />
            {t('back')}
          </button>
        </section>
      )}

      {s.step === 'thanks' && (
        <section className="survey-thanks" role="status">
          <h2 ref={heading} tabIndex={-1}>
            {t('thanks')}
          </h2>
          <p>{t('thanksLine')}</p>
          <button type="button" className="survey-back" onClick={() => s.reset()}>
            <Icon d={BACK} />
            {t('back')}
          </button>
        </section>
      )}
    </main>
  );
}

/** The page at #/survey: its own store and voice, no desk, no sign-in. */
export function SurveyApp({
  api,
  i18n,
  thanksMs = 6000,
  voice,
}: {
  api: ApiClient;
  i18n: I18n;
  thanksMs?: number;
  /** The waiting-room screen's voice by default; tests give their own. */
  voice?: Voice;
}) {
  const store = useMemo(
    () => createSurveyStore(api, thanksMs, voice ?? webAudioChime()),
    [api, thanksMs, voice],
  );
  useEffect(() => {
    document.title = 'Сауалнама / Анкета — Qabyldau';
    return () => store.getState().reset();
  }, [store]);
  return <SurveyKiosk store={store} i18n={i18n} />;
}

/** Whether the page was opened as the survey kiosk (renderer/src/main.tsx). */
export { isSurveyRoute } from '../routes.ts';
