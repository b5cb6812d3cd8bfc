// The satisfaction survey behind indicators 2.1, 3.1, 4.3, 4.4 and 5.1 (Appendix, §19): one
// question per indicator, answered on a five-point scale, anonymously — an answer keeps only the
// visit's date and purpose and the code that let it be given once.

export const SURVEY_QUESTIONS = ['2.1', '3.1', '4.3', '4.4', '5.1'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

/** A walk-in visit to hand in documents or collect the result (§7.2, §7.3), or a complaint (§22). */
export const VISIT_PURPOSES = ['hand_in', 'collect', 'complaint'] as const;
export type VisitPurpose = (typeof VISIT_PURPOSES)[number];

export const SURVEY_SOURCES = ['kiosk', 'paper'] as const;
export type SurveySource = (typeof SURVEY_SOURCES)[number];

/**
 * Who is asked what: the complaint questions (4.3 the procedure, 4.4 its terms) only of
 * complainants — on the answer letter's return slip or at the desk — and the visit questions
 * (2.1 the process, 3.1 the information, 5.1 politeness) of those who came to room No. 8.
 */
export function questionsFor(purpose: VisitPurpose): readonly SurveyQuestion[] {
  return purpose === 'complaint' ? ['4.3', '4.4'] : ['2.1', '3.1', '5.1'];
}

/**
 * "Satisfied" is an answer of 4 or 5. The model standard's questionnaire counts "satisfied" and
 * "rather satisfied" as satisfied; on a 1–5 scale those are the two top marks, and the middle 3
 * ("neither") is not satisfaction.
 */
export const isSatisfied = (answer: number): boolean => answer >= 4;
