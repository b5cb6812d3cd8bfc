// The desk's entry of a paper survey form (§19): the code on the form, the questions it may still
// answer (survey.questions), one mark each as ticked on paper, saved as source 'paper'.

import { createStore, type StoreApi } from 'zustand';
import type { AppError } from '../../../shared/contract/result.ts';
import type { SurveyQuestion } from '../../../shared/domain/report/survey.ts';
import type { ApiClient } from '../api/client.ts';

export interface PaperSurveyState {
  code: string;
  /** The questions of the form's visit, once the code is checked; null before. */
  questions: SurveyQuestion[] | null;
  marks: Partial<Record<SurveyQuestion, number>>;
  error: AppError | null;
  /** How many answers the last form saved. */
  saved: number | null;
  busy: boolean;
  setCode(code: string): void;
  check(): Promise<void>;
  mark(question: SurveyQuestion, mark: number): void;
  save(): Promise<void>;
  /** Electron: the survey kiosk in a window of its own, full screen on another screen. */
  openKiosk(): Promise<void>;
  /** The A5 form for the visitor at the desk (their ticket's code), sent to the printer. */
  printForm(ticketId: number): Promise<void>;
}

export type PaperSurveyStore = StoreApi<PaperSurveyState>;

export function createPaperSurveyStore(api: ApiClient): PaperSurveyStore {
  return createStore<PaperSurveyState>()((set, get) => ({
    code: '',
    questions: null,
    marks: {},
    error: null,
    saved: null,
    busy: false,
    setCode: (code) => set({ code, questions: null, marks: {}, error: null }),
    async check() {
      set({ busy: true, saved: null });
      const r = await api.invoke('survey.questions', { visitCode: get().code });
      set(
        r.ok
          ? { busy: false, questions: r.value.questions, marks: {}, error: null }
          : { busy: false, error: r.error },
      );
    },
    async printForm(ticketId) {
      set({ busy: true });
      const doc = await api.invoke('survey.printForm', { ticketId });
      const printed = doc.ok ? await api.printDocument(doc.value.id) : doc;
      set({ busy: false, error: printed.ok ? null : printed.error });
    },
    async openKiosk() {
      const r = await api.openSurvey(null);
      if (!r.ok) set({ error: r.error });
    },
    mark: (question, mark) => set({ marks: { ...get().marks, [question]: mark } }),
    async save() {
      const { code, questions, marks } = get();
      // A question left blank on paper is not typed in: the form answers what was ticked.
      const answers = (questions ?? []).flatMap((question) => {
        const answer = marks[question];
        return answer === undefined ? [] : [{ question, answer }];
      });
      if (answers.length === 0) return;
      set({ busy: true });
      const r = await api.invoke('survey.answer', { visitCode: code, source: 'paper', answers });
      if (!r.ok) return set({ busy: false, error: r.error });
      set({ busy: false, saved: r.value.recorded, code: '', questions: null, marks: {}, error: null });
    },
  }));
}
