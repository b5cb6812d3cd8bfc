// The satisfaction survey on paper (§19; issue 10): an A5 sheet in Kazakh and Russian with the
// visit's code (and its QR) and the questions of the visit's purpose — 2.1, 3.1, 5.1 for a visit
// to room No. 8, 4.3 and 4.4 for a complainant — each with the five marks and their words. The
// visitor ticks one box a question and leaves it in the box; the clerk types it in later
// (survey.answer, source 'paper'). No name, no signature: anonymous.

import type { OfficeSettings } from '../../shared/contract/settings.ts';
import { formatLocalDate } from '../../shared/domain/office-time.ts';
import { questionsFor } from '../../shared/domain/report/survey.ts';
import { SURVEY_QUESTION_TEXT, SURVEY_SCALE } from '../../shared/domain/report/survey-wording.ts';
import { type Block, type RenderedPdf, renderPdf } from '../print/layout.ts';
import type { Visit } from './visit-code.ts';

export const SURVEY_FORM_TEXTS = {
  title: 'ҚЫЗМЕТ САПАСЫ ТУРАЛЫ САУАЛНАМА / АНКЕТА О КАЧЕСТВЕ УСЛУГИ',
  anonymous: {
    kk: 'Сауалнама жасырын: аты-жөніңізді жазбаңыз. Әр сұраққа бір ұяшықты белгілеңіз де, парақты жәшікке салыңыз.',
    ru: 'Анкета анонимна: не пишите своё имя. Отметьте одну клетку в каждом вопросе и опустите лист в ящик.',
  },
  code: 'Келу коды / Код визита',
  visit: 'Келген күні / Дата визита',
} as const;

export function surveyFormBlocks(visit: Visit, office: OfficeSettings): Block[] {
  const scale = SURVEY_SCALE.map((m) => ({
    header: `${m.mark}\n${m.kk}\n${m.ru}`,
    width: 1,
    align: 'center' as const,
  }));
  return [
    { kind: 'text', text: office.office.name.kk, size: 7, bold: true, align: 'center', gap: 0.5 },
    { kind: 'text', text: office.office.name.ru, size: 7, align: 'center', gap: 1 },
    { kind: 'rule', gap: 3 },
    { kind: 'text', text: SURVEY_FORM_TEXTS.title, size: 10, bold: true, align: 'center', gap: 3 },
    { kind: 'number', label: SURVEY_FORM_TEXTS.code, number: visit.code, qr: visit.code, gap: 1 },
    {
      kind: 'field',
      label: SURVEY_FORM_TEXTS.visit,
      value: formatLocalDate(visit.visitDate),
      size: 7.5,
      gap: 2,
    },
    { kind: 'text', text: SURVEY_FORM_TEXTS.anonymous.kk, size: 7, gap: 0.5 },
    { kind: 'text', text: SURVEY_FORM_TEXTS.anonymous.ru, size: 7, gap: 3 },
    ...questionsFor(visit.purpose).flatMap((q, i): Block[] => [
      { kind: 'text', text: `${i + 1}. ${SURVEY_QUESTION_TEXT[q].kk}`, size: 8, bold: true, gap: 0.5 },
      { kind: 'text', text: `${SURVEY_QUESTION_TEXT[q].ru}`, size: 8, gap: 1 },
      { kind: 'table', size: 6, columns: scale, rows: [['', '', '', '', '']], gap: 4 },
    ]),
  ];
}

export function renderSurveyForm(
  visit: Visit,
  office: OfficeSettings,
  createdAt: Date,
): Promise<RenderedPdf> {
  return renderPdf({
    sheet: 'a5',
    blocks: surveyFormBlocks(visit, office),
    lang: 'kk',
    title: `${SURVEY_FORM_TEXTS.title} ${visit.code}`,
    createdAt,
  });
}
