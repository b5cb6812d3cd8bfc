// The demo month's satisfaction survey (§19): the marks a visitor gives, seeded. Most are content
// (4 or 5), some are not — so that the demo report's survey rows are neither empty nor 100 %.

import type { SurveyQuestion } from '../../shared/domain/report/survey.ts';

function mark(rnd: () => number): number {
  const r = rnd();
  return r < 0.45 ? 5 : r < 0.8 ? 4 : r < 0.9 ? 3 : r < 0.96 ? 2 : 1;
}

const marks = (questions: readonly SurveyQuestion[], rnd: () => number) =>
  questions.map((question) => ({ question, answer: mark(rnd) }));

/** A visit's answers: 2.1, 3.1 and 5.1 (the kiosk asks them all; a paper form may skip none). */
export const visitAnswers = (rnd: () => number) => marks(['2.1', '3.1', '5.1'], rnd);

/** A complainant's answers on the answer letter's return slip: 4.3 and 4.4. */
export const complaintAnswers = (rnd: () => number) => marks(['4.3', '4.4'], rnd);
