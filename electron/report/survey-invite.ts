// The line on the visitor's papers that invites them to the satisfaction survey (§19, the
// appendix's 2.1, 3.1, 4.3, 4.4, 5.1): the visit's code (visit-code.ts) and where to answer — the
// kiosk in the waiting room or the paper form — in Kazakh and Russian on the same paper, whatever
// the language of the rest, since the kiosk and the form ask in both.

import type { Block } from '../print/layout.ts';
import { fill } from '../print/texts.ts';

export const SURVEY_INVITE = {
  kk: 'Қызмет сапасын бағалаңыз: күту залындағы терминалда немесе қағаз сауалнамада {code} кодын енгізіңіз (жасырын).',
  ru: 'Оцените качество услуги: введите код {code} на терминале в зале ожидания или в бумажной анкете (анонимно).',
} as const;

/** The invitation in both languages with the code; `size` is the paper's small print. */
export function surveyInviteBlocks(code: string, size: number): Block[] {
  return [
    { kind: 'text', text: fill(SURVEY_INVITE.kk, { code }), size, gap: 0.5 },
    { kind: 'text', text: fill(SURVEY_INVITE.ru, { code }), size, gap: 1 },
  ];
}
