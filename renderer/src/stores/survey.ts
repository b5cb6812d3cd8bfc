// The survey kiosk's state (§19): the visit code typed or scanned, then one question at a time
// (those survey.questions says the code may still answer: 4.3 and 4.4 only for a complainant),
// the answers sent together as source 'kiosk', the thanks, and back to the start by itself.
// On request a question is read aloud (issue 13) — by its button, or every question while the
// visitor has "read every question" on — and the reading stops when they answer or move on.

import { createStore, type StoreApi } from 'zustand';
import type { SurveyQuestion } from '../../../shared/domain/report/survey.ts';
import { VOICE_DEFAULTS } from '../../../shared/standard/office-defaults.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import type { ApiClient } from '../api/client.ts';
import type { Voice } from '../display/chime.ts';

/** One phrase for the speech engine, in its language. */
export type Phrase = { lang: Lang; text: string };

/**
 * How loud the kiosk reads. The office's volume (Settings) applies; its on/off does not: that
 * switch is about calls announced to the whole waiting room, while the kiosk speaks only when
 * the visitor standing at it asks — a visitor who cannot see would otherwise have no survey.
 * For the same reason a volume of 0 does not make the request silent: the default volume is
 * used instead.
 */
export function kioskVolume(officeVolume: number): number {
  return officeVolume > 0 ? officeVolume : VOICE_DEFAULTS.volume;
}

export type SurveyStep = 'code' | 'question' | 'thanks';
export type SurveyProblem = 'codeUnknown' | 'allAnswered' | 'offline' | null;

export interface SurveyStoreState {
  lang: Lang;
  step: SurveyStep;
  code: string;
  questions: SurveyQuestion[];
  index: number;
  answers: { question: SurveyQuestion; answer: number }[];
  problem: SurveyProblem;
  busy: boolean;
  /** The office's voice volume, as survey.questions gave it. */
  volume: number;
  /** The visitor asked for every question to be read aloud (the kiosk-wide switch). */
  readAll: boolean;
  /** Something is being read aloud now. */
  speaking: boolean;
  setLang(lang: Lang): void;
  setReadAll(on: boolean): void;
  /** Reads the phrases aloud, stopping whatever was being read. */
  read(phrases: readonly Phrase[]): void;
  stopReading(): void;
  setCode(code: string): void;
  start(): Promise<void>;
  answer(mark: number): Promise<void>;
  reset(): void;
}

export type SurveyStore = StoreApi<SurveyStoreState>;

const START = {
  step: 'code',
  code: '',
  questions: [],
  index: 0,
  answers: [],
  problem: null,
  busy: false,
} as const;

const SILENT: Voice = {
  say: async () => 'unavailable',
  unlock: async () => 'unavailable',
  stop: () => undefined,
};

export function createSurveyStore(api: ApiClient, thanksMs = 6000, voice: Voice = SILENT): SurveyStore {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Which reading is the latest: an older one that ends does not clear the newer one's state.
  let reading = 0;
  return createStore<SurveyStoreState>()((set, get) => ({
    lang: 'kk',
    ...START,
    questions: [],
    answers: [],
    volume: VOICE_DEFAULTS.volume,
    readAll: false,
    speaking: false,

    setLang: (lang) => set({ lang }),
    setReadAll(on) {
      // The click that turns it on also lets the page's sound play (a browser's autoplay rule).
      if (on) void voice.unlock();
      else get().stopReading();
      set({ readAll: on });
    },
    read(phrases) {
      voice.stop();
      const mine = ++reading;
      set({ speaking: true });
      void voice
        .say(phrases, kioskVolume(get().volume))
        .catch(() => 'unavailable')
        .then(() => {
          if (reading === mine) set({ speaking: false });
        });
    },
    stopReading() {
      reading++;
      voice.stop();
      if (get().speaking) set({ speaking: false });
    },
    setCode: (code) => set({ code, problem: null }),

    async start() {
      const code = get().code.trim();
      if (!code || get().busy) return;
      set({ busy: true });
      const r = await api.invoke('survey.questions', { visitCode: code });
      set({ busy: false });
      if (!r.ok)
        return set({
          problem:
            r.error.code === 'visit_code_unknown' || r.error.code === 'invalid_input'
              ? 'codeUnknown'
              : 'offline',
        });
      if (r.value.questions.length === 0) return set({ problem: 'allAnswered' });
      set({
        step: 'question',
        questions: r.value.questions,
        index: 0,
        answers: [],
        problem: null,
        volume: r.value.voice.volume,
      });
    },

    async answer(mark) {
      const s = get();
      const question = s.questions[s.index];
      if (!question || s.busy) return;
      // The visitor has answered: what was being read of this question stops.
      s.stopReading();
      const answers = [...s.answers, { question, answer: mark }];
      if (s.index + 1 < s.questions.length) return set({ answers, index: s.index + 1 });
      set({ answers, busy: true });
      const r = await api.invoke('survey.answer', { visitCode: s.code.trim(), source: 'kiosk', answers });
      set({ busy: false });
      if (!r.ok) {
        set({
          ...START,
          questions: [],
          answers: [],
          problem: r.error.code === 'survey_already_answered' ? 'allAnswered' : 'offline',
        });
        return;
      }
      set({ step: 'thanks' });
      clearTimeout(timer);
      timer = setTimeout(() => get().reset(), thanksMs);
    },

    reset() {
      clearTimeout(timer);
      get().stopReading();
      // The next visitor starts in Kazakh, silent, with nothing of the last one's visit on the screen.
      set({ ...START, questions: [], answers: [], lang: 'kk', readAll: false });
    },
  }));
}
