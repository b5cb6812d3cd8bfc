// §23: the tear-off talon of a complaint, read back with poppler in both languages, page 1 as a
// PNG in test-artifacts/print/ for a person to look at; and every word of the complaint papers
// against the embedded font.

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { pdfFonts, pdfPageSize, pdfPageToPng, pdfText } from '../../tests/support/poppler.ts';
import { documentFile } from '../print/archive.ts';
import { deskFonts, missingGlyphs } from '../print/fonts.ts';
import { MM } from '../print/layout.ts';
import { JOURNAL_XLSX_HEADERS } from './journal-xlsx.ts';
import { COMPLAINT_TEXTS, termLengthText } from './texts.ts';

const OUT = path.resolve(import.meta.dirname, '../../test-artifacts/print');

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

async function talon(complaintId: number, layout: 'a5' | 'a6', lang: 'kk' | 'ru') {
  const doc = await desk.ok('complaints.printTalon', { complaintId, layout, lang });
  const pdf = fs.readFileSync(documentFile(desk.ctx, doc.id));
  return { doc, pdf, text: pdfText(pdf) };
}

describe('the tear-off complaint talon (§23): received Wed 25.11.2026 10:00, term 17.12.2026', () => {
  it('says in Kazakh, on both parts, the journal number, the date and time, who accepted it and the term', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    const { doc, pdf, text } = await talon(c.id, 'a5', 'kk');
    expect(doc).toMatchObject({ kind: 'complaint_talon', lang: 'kk', layout: 'a5', pages: 1, copy: false });
    pdfPageToPng(pdf, path.join(OUT, 'complaint-talon-a5-kk.png'));
    const [stub, tearOff] = text.split('жыртып алу сызығы') as [string, string];
    expect(tearOff).toBeDefined();
    expect(stub).toContain('ЖЫРТПАЛЫ ТАЛОННЫҢ ТҮБІРТЕГІ');
    expect(stub).toContain('Журналдағы тіркеу нөмірі: 2026/001');
    expect(stub).toContain('Қабылданған күні мен уақыты: 25.11.2026 10:00');
    expect(tearOff).toContain('ЖЫРТПАЛЫ ТАЛОН');
    expect(tearOff).toContain('2026/001');
    expect(tearOff).toContain('Қабылданған күні мен уақыты: 25.11.2026 10:00');
    expect(tearOff).toContain('Түсу тәсілі: электрондық поштамен');
    expect(tearOff).toContain('Шағымданушы: Қасымова Гүлнәр Әбілқызы');
    expect(tearOff).toContain('Адресаты: Бөлім бастығы');
    expect(tearOff).toContain('Қарау мерзімі: 17.12.2026 дейін (15 жұмыс күні)');
    expect(tearOff).toContain('Айгерім Сапарқызы Нұрланова');
    // §23: how the result will come; the office's contacts and the addressee's room.
    expect(tearOff).toContain('жазбаша түрде поштамен немесе электрондық поштамен');
    expect(tearOff).toContain('Тел.: 2-13-38');
    expect(tearOff).toContain('Бөлім бастығы: № 1 кабинет, тел. 2-13-38');
  });

  it("invites the complainant to the survey (4.3, 4.4) with the complaint's code on the part they take away, and on the answer letter", async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    const { code } = await desk.ok('survey.visitCode', { complaintId: c.id });
    expect(code).toMatch(/^C\d+-[0-9A-Z]{6}$/);
    const { text } = await talon(c.id, 'a6', 'kk');
    const tearOff = (text.split('жыртып алу сызығы')[1] ?? '').replace(/\s+/g, ' ').replace(/- /g, '-');
    expect(tearOff).toContain(`қағаз сауалнамада ${code} кодын енгізіңіз`);
    expect(tearOff).toContain(`Оцените качество услуги: введите код ${code}`);
  });

  it('says the same in Russian, on an A6 sheet', async () => {
    const c = await desk.ok('complaints.register', emailComplaint({ addressee: 'deputy', language: 'ru' }));
    const { doc, pdf, text } = await talon(c.id, 'a6', 'ru');
    pdfPageToPng(pdf, path.join(OUT, 'complaint-talon-a6-ru.png'));
    expect(doc.pages).toBe(1);
    const size = pdfPageSize(pdf);
    expect([size.width / MM, size.height / MM].map(Math.round)).toEqual([105, 148]);
    const [stub, tearOff] = text.split('линия отрыва') as [string, string];
    expect(stub).toContain('КОРЕШОК ОТРЫВНОГО ТАЛОНА');
    expect(stub).toContain('Регистрационный номер по журналу: 2026/001');
    expect(tearOff).toContain('ОТРЫВНОЙ ТАЛОН');
    expect(tearOff).toContain('Дата и время принятия: 25.11.2026 10:00');
    expect(tearOff).toContain('Способ поступления: по электронной почте');
    expect(tearOff).toContain('Адресат: Заместитель начальника отдела');
    expect(tearOff).toContain('Срок рассмотрения: до 17.12.2026 (15 рабочих дней)');
    expect(tearOff).toContain('Жалобу принял(а)');
    expect(tearOff).toContain('по почте или по электронной почте');
  });

  it('takes the complaint’s language by default, marks a reprint as a copy, and embeds only PT Sans', async () => {
    const c = await desk.ok('complaints.register', emailComplaint({ language: 'ru' }));
    const first = await desk.ok('complaints.printTalon', { complaintId: c.id });
    expect(first).toMatchObject({ lang: 'ru', layout: 'a5', copy: false });
    const again = await talon(c.id, 'a5', 'ru');
    expect(again.doc.copy).toBe(true);
    expect(again.text).toContain('КӨШІРМЕ / КОПИЯ');
    expect(
      pdfFonts(again.pdf)
        .map((f) => f.replace(/^[A-Z]{6}\+/, ''))
        .sort(),
    ).toEqual(['PTSans-Bold', 'PTSans-Regular']);
    const list = await desk.ok('documents.list', { entity: 'complaint', entityId: c.id });
    expect(list.map((d) => d.kind)).toEqual(['complaint_talon', 'complaint_talon']);
  });

  it('names the term in words that agree with the number', () => {
    expect(termLengthText(15, 'working', 'ru')).toBe('15 рабочих дней');
    expect(termLengthText(21, 'working', 'ru')).toBe('21 рабочий день');
    expect(termLengthText(3, 'calendar', 'ru')).toBe('3 календарных дня');
    expect(termLengthText(12, 'working', 'ru')).toBe('12 рабочих дней');
    expect(termLengthText(15, 'working', 'kk')).toBe('15 жұмыс күні');
  });
});

describe('the embedded font covers every word of the complaint papers', () => {
  it('has a glyph for every character of the talon, answer, journal and XLSX texts in both languages', () => {
    const strings = (v: unknown): string[] =>
      typeof v === 'string'
        ? [v]
        : Array.isArray(v)
          ? v.flatMap(strings)
          : v && typeof v === 'object'
            ? Object.values(v).flatMap(strings)
            : [];
    const { regular, bold } = deskFonts();
    const missing = strings([COMPLAINT_TEXTS, JOURNAL_XLSX_HEADERS]).flatMap((t) => [
      ...missingGlyphs(regular, t),
      ...missingGlyphs(bold, t),
    ]);
    expect(missing).toEqual([]);
    // The check can fail: a character PT Sans lacks is reported.
    expect(missingGlyphs(regular, 'жыртып алу ✂')).toEqual(['✂']);
  });
});
