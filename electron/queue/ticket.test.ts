import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officeInstant } from '../../shared/domain/queue-hours.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { pdfFonts, pdfPageSize, pdfPageToPng, pdfText } from '../../tests/support/poppler.ts';
import { documentFile } from '../print/archive.ts';
import { deskFonts, missingGlyphs } from '../print/fonts.ts';
import { MM } from '../print/layout.ts';
import { SURVEY_INVITE } from '../report/survey-invite.ts';
import { TICKET_TEXTS } from './ticket-texts.ts';

const OUT = path.resolve(import.meta.dirname, '../../test-artifacts/print');
const at = (hhmm: string) => officeInstant('2026-11-25', hhmm, 'Asia/Almaty').toISOString();

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk({ now: at('10:00') });
});
afterEach(() => desk.close());

async function printed(ticketId: number, preview?: string) {
  const doc = await desk.ok('queue.printTicket', { ticketId });
  const pdf = fs.readFileSync(documentFile(desk.ctx, doc.id));
  if (preview) pdfPageToPng(pdf, path.join(OUT, `${preview}.png`));
  // A line wrapped after a dash reads back as "13:00– 14:00" on a narrow roll.
  return { doc, pdf, text: pdfText(pdf).replace(/– /g, '–') };
}

describe('the queue ticket on the 80 mm roll (§7.2, §7.3, §10)', () => {
  it('says in Kazakh and in Russian the number, the purpose, the time, who is ahead and the estimate', async () => {
    await desk.ok('queue.issue', { purpose: 'collect' });
    desk.clock.set(at('10:02'));
    const t = await desk.ok('queue.issue', { purpose: 'hand_in' });
    const { text, doc } = await printed(t.id, 'queue-ticket');
    expect(doc).toMatchObject({ kind: 'queue_ticket', layout: 'receipt80', pages: 1, copy: false });
    expect(text).toContain('A-001');
    expect(text).toContain('КЕЗЕК ТАЛОНЫ / ТАЛОН ОЧЕРЕДИ');
    expect(text).toContain('Құжаттарды тапсыру / Сдача документов');
    // Kazakh
    expect(text).toContain('Берілген уақыты: 25.11.2026 10:02');
    expect(text).toContain('Алдыңызда: 1 адам');
    expect(text).toContain('Күту шамамен 5 мин (шақыру шамамен 10:07)');
    expect(text).toContain('№ 8 кабинетке кіріңіз');
    expect(text).toContain('Кезекте күтудің ең ұзақ уақыты — 20 минут');
    expect(text).toContain('дүйсенбі–жұма, 09:00–18:00, түскі үзіліс 13:00–14:00');
    // Russian
    expect(text).toContain('Время выдачи: 25.11.2026 10:02');
    expect(text).toContain('Перед вами: 1 чел.');
    expect(text).toContain('Ожидание около 5 мин (вызов около 10:07)');
    expect(text).toContain('пройдите в кабинет № 8');
    expect(text).toContain('без предварительной записи и внеочередного обслуживания');
    expect(text).toContain('понедельник–пятница, 09:00–18:00, перерыв на обед 13:00–14:00');
    // No personal data on a paper that is left lying in a waiting room.
    expect(text).not.toContain('Нұрланова');
  });

  it('is 80 mm wide, one piece of roll, in PT Sans only', async () => {
    const t = await desk.ok('queue.issue', { purpose: 'collect' });
    const { pdf } = await printed(t.id);
    const size = pdfPageSize(pdf);
    expect(size.width).toBeCloseTo(80 * MM, 1);
    expect(size.pages).toBe(1);
    expect(size.height).toBeLessThan(200 * MM);
    expect(
      pdfFonts(pdf)
        .map((f) => f.replace(/^[A-Z]{6}\+/, ''))
        .sort(),
    ).toEqual(['PTSans-Bold', 'PTSans-Regular']);
  });

  it('warns when the day may end before the visitor is called, and says when lunch ends', async () => {
    desk.clock.set(at('13:20'));
    const lunch = await desk.ok('queue.issue', { purpose: 'collect' });
    const atLunch = await printed(lunch.id, 'queue-ticket-lunch');
    expect(atLunch.text).toContain('Түскі үзіліс 13:00–14:00: шақыру 14:00 бастап жалғасады.');
    expect(atLunch.text).toContain('вызов продолжится с 14:00');

    desk.clock.set(at('17:20'));
    for (let i = 0; i < 3; i++) await desk.ok('queue.issue', { purpose: 'hand_in' });
    const late = await desk.ok('queue.issue', { purpose: 'hand_in' });
    expect(late.estimate.afterClosing).toBe(true);
    const { text } = await printed(late.id, 'queue-ticket-late');
    expect(text).toContain('Бүгін жұмыс уақыты біткенше кезегіңіз жетпеуі мүмкін.');
    expect(text).toContain('До конца рабочего дня очередь может до вас не дойти.');
  });

  it('marks a second print as a copy, and prints nothing for a visit already over', async () => {
    const t = await desk.ok('queue.issue', { purpose: 'hand_in' });
    await printed(t.id);
    expect((await printed(t.id)).text).toContain('КӨШІРМЕ / КОПИЯ');
    await desk.ok('queue.callNext', {});
    await desk.ok('queue.start', { ticketId: t.id });
    expect(await desk.call('queue.printTicket', { ticketId: t.id })).toMatchObject({
      ok: false,
      error: { code: 'queue_ticket_state' },
    });
  });

  it("prints the visit's survey code with the invitation to answer, in Kazakh and Russian", async () => {
    const t = await desk.ok('queue.issue', { purpose: 'hand_in' });
    const { code } = await desk.ok('survey.visitCode', { ticketId: t.id });
    const { text } = await printed(t.id, 'queue-ticket-survey');
    const flat = text.replace(/\s+/g, ' ').replace(/- /g, '-');
    expect(code).toMatch(/^T\d+-[0-9A-Z]{6}$/);
    expect(flat).toContain(
      `Қызмет сапасын бағалаңыз: күту залындағы терминалда немесе қағаз сауалнамада ${code} кодын енгізіңіз`,
    );
    expect(flat).toContain(
      `Оцените качество услуги: введите код ${code} на терминале в зале ожидания или в бумажной анкете`,
    );
  });

  it('has every character of its texts in both faces of PT Sans', () => {
    const { regular, bold } = deskFonts();
    const all = JSON.stringify([TICKET_TEXTS, SURVEY_INVITE]);
    expect([...missingGlyphs(regular, all), ...missingGlyphs(bold, all)]).toEqual([]);
  });
});
