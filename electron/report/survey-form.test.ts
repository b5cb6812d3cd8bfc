// The survey's A5 paper form, read back with pdftotext: the code, the visit's questions in both
// languages with the five worded marks; a complainant's form asks 4.3 and 4.4 only.

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SURVEY_QUESTION_TEXT, SURVEY_SCALE } from '../../shared/domain/report/survey-wording.ts';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { pdfPageSize, pdfPageToPng, pdfText } from '../../tests/support/poppler.ts';
import { documentFile } from '../print/archive.ts';
import { deskFonts, missingGlyphs } from '../print/fonts.ts';
import { MM } from '../print/layout.ts';
import { SURVEY_FORM_TEXTS } from './survey-form.ts';

const OUT = path.resolve(import.meta.dirname, '../../test-artifacts/print');

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

async function form(ref: { ticketId: number } | { complaintId: number }, preview?: string) {
  const doc = await desk.ok('survey.printForm', ref);
  const pdf = fs.readFileSync(documentFile(desk.ctx, doc.id));
  if (preview) pdfPageToPng(pdf, path.join(OUT, `${preview}.png`));
  return { doc, pdf, text: pdfText(pdf).replace(/\s+/g, ' ') };
}

describe('the survey form on paper (A5, kk+ru)', () => {
  it('carries the visit code and asks 2.1, 3.1 and 5.1 in both languages with the five worded marks', async () => {
    const t = await desk.ok('queue.issue', { purpose: 'hand_in' });
    const { code } = await desk.ok('survey.visitCode', { ticketId: t.id });
    const { doc, pdf, text } = await form({ ticketId: t.id }, 'survey-form-a5');
    expect(doc).toMatchObject({ kind: 'survey_form', layout: 'a5', pages: 1, copy: false });
    const size = pdfPageSize(pdf);
    expect([Math.round(size.width / MM), Math.round(size.height / MM)]).toEqual([148, 210]);
    expect(text).toContain(code);
    expect(text).toContain('Дата визита: 25.11.2026');
    for (const q of ['2.1', '3.1', '5.1'] as const) {
      expect(text).toContain(SURVEY_QUESTION_TEXT[q].kk);
      expect(text).toContain(SURVEY_QUESTION_TEXT[q].ru);
    }
    expect(text).not.toContain(SURVEY_QUESTION_TEXT['4.3'].ru);
    for (const m of SURVEY_SCALE) expect(text).toContain(m.ru);
    expect(text).toContain('не пишите своё имя');
  });

  it('asks a complainant 4.3 and 4.4 only', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    const { text } = await form({ complaintId: c.id });
    expect(text).toContain(SURVEY_QUESTION_TEXT['4.3'].kk);
    expect(text).toContain(SURVEY_QUESTION_TEXT['4.4'].ru);
    expect(text).not.toContain(SURVEY_QUESTION_TEXT['2.1'].ru);
  });

  it('has every character of the form, the questions and the scale in both faces of PT Sans', () => {
    const { regular, bold } = deskFonts();
    const all = JSON.stringify([SURVEY_FORM_TEXTS, SURVEY_QUESTION_TEXT, SURVEY_SCALE]);
    expect([...missingGlyphs(regular, all), ...missingGlyphs(bold, all)]).toEqual([]);
  });
});
