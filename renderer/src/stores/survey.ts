// The survey kiosk's state (§19): the visit code typed or scanned, then one question at a time
// (those survey.questions says the code may still answer: 4.3 and 4.4 only for a complainant),
// the answers sent together as source 'kiosk', the thanks, and back to the start by itself.

import { createStore, type StoreApi } from 'zustand';
import type { SurveyQuestion } from '../../../shared/domain/report/survey.ts';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import type { ApiClient } from '../api/client.ts';

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
  setLang(lang: Lang): void;
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

export function createSurveyStore(api: ApiClient, thanksMs = 6000): SurveyStore {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return createStore<SurveyStoreState>()((set, get) => ({
    lang: 'kk',
    ...START,
    questions: [],
    answers: [],

    setLang: (lang) => set({ lang }),
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
      set({ step: 'question', questions: r.value.questions, index: 0, answers: [], problem: null });
    },

    async answer(mark) {
      const s = get();
      const question = s.questions[s.index];
      if (!question || s.busy) return;
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
      // The next visitor starts in Kazakh, with nothing of the last one's visit on the screen.
      set({ ...START, questions: [], answers: [], lang: 'kk' });
    },
  }));
}
