// The questionnaire's words (§19; one question per indicator of the appendix): the kiosk page
// and the printed A5 form ask exactly these, in Kazakh and Russian, on the same five-point
// scale — each mark with a word, so that the answer never depends on a colour alone.

import type { SurveyQuestion } from './survey.ts';

export const SURVEY_QUESTION_TEXT: Readonly<Record<SurveyQuestion, { kk: string; ru: string }>> = {
  '2.1': {
    kk: 'Қызмет көрсету барысына қаншалықты ризасыз?',
    ru: 'Насколько вы довольны тем, как вас обслужили?',
  },
  '3.1': {
    kk: 'Қызметті алу тәртібі туралы ақпаратқа қаншалықты ризасыз?',
    ru: 'Насколько вы довольны информацией о порядке получения услуги?',
  },
  '4.3': {
    kk: 'Шағымды қабылдау және қарау тәртібіне қаншалықты ризасыз?',
    ru: 'Насколько вы довольны порядком приёма и рассмотрения жалобы?',
  },
  '4.4': {
    kk: 'Шағымды қарау мерзіміне қаншалықты ризасыз?',
    ru: 'Насколько вы довольны сроками рассмотрения жалобы?',
  },
  '5.1': {
    kk: 'Қызметкерлердің сыпайылығына қаншалықты ризасыз?',
    ru: 'Насколько вы довольны вежливостью сотрудников?',
  },
};

/** The five marks, 1 to 5, each with its word (4 and 5 count as satisfied: survey.ts). */
export const SURVEY_SCALE: readonly { mark: 1 | 2 | 3 | 4 | 5; kk: string; ru: string }[] = [
  { mark: 1, kk: 'Мүлдем риза емеспін', ru: 'Совсем не доволен(а)' },
  { mark: 2, kk: 'Риза емеспін', ru: 'Скорее не доволен(а)' },
  { mark: 3, kk: 'Әрі-сәрі', ru: 'Ни да, ни нет' },
  { mark: 4, kk: 'Ризамын', ru: 'Скорее доволен(а)' },
  { mark: 5, kk: 'Толық ризамын', ru: 'Полностью доволен(а)' },
];

/**
 * A question read aloud at the kiosk when the visitor asks (issue 13): the question's words, then
 * each mark's word from 1 to 5, in the visitor's language — exactly what the screen shows, one
 * phrase each, so the engine pauses between the answers. The digits are not said: the words are
 * the answer, the digit and the face beside them only repeat it for the eye.
 */
export function spokenSurveyQuestion(
  question: SurveyQuestion,
  lang: 'kk' | 'ru',
): { lang: 'kk' | 'ru'; text: string }[] {
  return [
    { lang, text: SURVEY_QUESTION_TEXT[question][lang] },
    ...SURVEY_SCALE.map((m) => ({ lang, text: m[lang] })),
  ];
}
