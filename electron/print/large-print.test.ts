// Large print on request (issue 13): "the talon and the queue ticket in large print on request
// (A5, the number, date, term and room at 20 pt or more), remembered per applicant; the
// notification letter likewise". The papers are read back as a reader's eye meets them: each
// word's box from `pdftotext -bbox`, whose height is the font's ascent to descent — so the type
// size is that height over PT Sans's (ascent − descent) / unitsPerEm.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullName } from '../../shared/contract/common.ts';
import { officeInstant } from '../../shared/domain/queue-hours.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { applicationIn, hireStaff, type Staff, signInAs } from '../../tests/support/decisions.ts';
import { ADULT, adultIntake, CHILD, childIntake, MOTHER, PARTS } from '../../tests/support/people.ts';
import { type PdfWord, pdfFonts, pdfPageSize, pdfText, pdfWords } from '../../tests/support/poppler.ts';
import { documentFile } from './archive.ts';
import { deskFonts } from './fonts.ts';
import { c6SafeArea, HALF } from './large-letter.ts';
import { MM } from './layout.ts';

const OUT = path.resolve(import.meta.dirname, '../../test-artifacts/print');
const PROMISED = 20;
const BODY = 16;

const font = deskFonts().regular;
const EM_BOX = (font.ascent - font.descent) / font.unitsPerEm;
/** The type size of a word, in points. */
const sizeOf = (w: PdfWord) => ((w.y1 - w.y0) * MM) / EM_BOX;

/** The words of `phrase` as they stand one after another on the paper; fails if it is not there. */
function find(words: readonly PdfWord[], phrase: string): PdfWord[] {
  const want = phrase.split(' ');
  for (let i = 0; i + want.length <= words.length; i++) {
    if (want.every((w, j) => words[i + j]?.text === w)) return words.slice(i, i + want.length);
  }
  throw new Error(`"${phrase}" is not on the paper: ${words.map((w) => w.text).join(' ')}`);
}

/** The smallest type of the phrase's words, and the page it starts on. */
function measured(words: readonly PdfWord[], phrase: string) {
  const found = find(words, phrase);
  return { size: Math.min(...found.map(sizeOf)), page: found[0]?.page };
}

/** Each phrase at the promised size or larger, on the first sheet. */
function expectPromised(words: readonly PdfWord[], phrases: readonly string[]): void {
  const seen = phrases.map((phrase) => {
    const m = measured(words, phrase);
    return { phrase, page: m.page, atLeast: m.size >= PROMISED };
  });
  expect(seen).toEqual(phrases.map((phrase) => ({ phrase, page: 1, atLeast: true })));
}

/** Every page at 60 dpi, as the clerk looks at it before handing it over. */
function preview(pdf: Buffer, name: string): void {
  fs.mkdirSync(OUT, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-', path.join(OUT, name)], { input: pdf });
}

const isA5 = (pdf: Buffer) => {
  const { width, height } = pdfPageSize(pdf);
  return [width / MM, height / MM].map(Math.round);
};

let desk: TestDesk;
beforeEach(async () => {
  desk = await openTestDesk();
});
afterEach(() => desk.close());

const file = (doc: { id: number }) => fs.readFileSync(documentFile(desk.ctx, doc.id));

describe('the large-print talon (§15, issue 13): A5, the promised facts at 20 pt or more', () => {
  it("an adult's, in Kazakh: number, date of acceptance, term and room at ≥ 20 pt on the first sheet, no word below 16 pt", async () => {
    const accepted = await desk.ok('intake.accept', adultIntake({ largePrint: true }));
    // Asked for at intake: the talon kept with the acceptance is already the large one.
    expect(accepted.talon).toMatchObject({ kind: 'talon', layout: 'a5-large', copy: false });
    const pdf = file(accepted.talon as { id: number });
    preview(pdf, 'large-talon-adult-kk');
    expect(isA5(pdf)).toEqual([148, 210]);
    const words = pdfWords(pdf);
    expectPromised(words, [accepted.regNumber, '25.11.2026 10:00', '07.12.2026 дейін', '№ 8 кабинет']);
    expect(find(words, 'Қызмет көрсету мерзімі:').length).toBe(3);
    expect(Math.min(...words.map(sizeOf))).toBeGreaterThanOrEqual(BODY - 0.01);
    // Every Kazakh letter of the name prints (a missing glyph would print blank: FACTS.md).
    const text = pdfText(pdf);
    expect(text).toContain(`Өтініш беруші: ${fullName(ADULT)}`);
    expect(text).toContain('Жеке басын куәландыратын құжаттың көшірмесі');
    expect(text).toContain('Мемлекеттік қызмет тегін көрсетіледі.');
    expect(
      pdfFonts(pdf)
        .map((f) => f.replace(/^[A-Z]{6}\+/, ''))
        .sort(),
    ).toEqual(['PTSans-Bold', 'PTSans-Regular']);
  });

  it("a child's with the legal representative, in Russian, the same sizes", async () => {
    const { applicationId, regNumber } = await desk.ok('intake.accept', childIntake());
    const doc = await desk.ok('intake.printTalon', { applicationId, lang: 'ru', largePrint: true });
    expect(doc).toMatchObject({ layout: 'a5-large', lang: 'ru' });
    const pdf = file(doc);
    preview(pdf, 'large-talon-child-ru');
    expect(isA5(pdf)).toEqual([148, 210]);
    const words = pdfWords(pdf);
    expectPromised(words, [regNumber, '25.11.2026 10:00', 'до 07.12.2026', 'Кабинет № 8']);
    expect(Math.min(...words.map(sizeOf))).toBeGreaterThanOrEqual(BODY - 0.01);
    const text = pdfText(pdf);
    expect(text).toContain(`Ребенок-инвалид: ${fullName(CHILD)}`);
    expect(text).toContain(`Законный представитель: ${fullName(MOTHER)}`);
    expect(text).toContain('Копия свидетельства о рождении');
  });

  it('prints every Kazakh letter of a name at the large size (a missing glyph would print blank)', async () => {
    const applicant = {
      ...ADULT,
      lastName: 'Өңірғазиева',
      firstName: 'Гүлжиһан-Әйгерім',
      middleName: 'Сәрсенұлықызы',
    };
    const { applicationId } = await desk.ok('intake.accept', adultIntake({ applicant }));
    const pdf = file(await desk.ok('intake.printTalon', { applicationId, largePrint: true }));
    const name = fullName(applicant);
    expect(new Set(name.toLowerCase().match(/[әғқңөұүһі]/g))).toEqual(new Set('әғқңөұүһі'));
    expect(pdfText(pdf)).toContain(name);
  });

  it('the standard talon keeps its small type: the large one is only on request', async () => {
    const accepted = await desk.ok('intake.accept', adultIntake());
    expect(accepted.talon).toMatchObject({ layout: 'a6' });
    const words = pdfWords(file(accepted.talon as { id: number }));
    expect(measured(words, '07.12.2026').size).toBeLessThan(PROMISED);
  });
});

describe('the wish for large print, remembered per applicant (migration 0013)', () => {
  it('is kept from the intake form, audited, and makes every later talon large unless the clerk chooses', async () => {
    const { applicationId } = await desk.ok('intake.accept', adultIntake({ largePrint: true }));
    const detail = await desk.ok('applications.get', { id: applicationId });
    expect(detail.applicant.largePrint).toBe(true);
    const [row] = desk.audit({ action: 'applicant.largePrint' });
    expect(row).toMatchObject({
      kind: 'write',
      entity: 'applicant',
      entityId: detail.applicant.id,
      before: { largePrint: false },
      after: { largePrint: true },
    });
    // A reprint with no choice follows the wish; the clerk's choice for one paper wins.
    expect(await desk.ok('intake.printTalon', { applicationId })).toMatchObject({
      layout: 'a5-large',
      copy: true,
    });
    expect(await desk.ok('intake.printTalon', { applicationId, largePrint: false })).toMatchObject({
      layout: 'a6',
    });
    // The returning applicant is known by IIN with the wish, for the form to show it ticked.
    const { applicant } = await desk.ok('people.lookup', { iin: ADULT.iin });
    expect(applicant?.largePrint).toBe(true);
    // The next visit that says nothing keeps it; one that unticks it clears it.
    await desk.ok('intake.accept', adultIntake());
    expect(desk.audit({ action: 'applicant.largePrint' })).toHaveLength(1);
    const third = await desk.ok('intake.accept', adultIntake({ largePrint: false }));
    expect(third.talon).toMatchObject({ layout: 'a6' });
    expect(desk.audit({ action: 'applicant.largePrint' })[0]).toMatchObject({ after: { largePrint: false } });
  });

  it("is changed on the applicant's file (applicants.setLargePrint), audited once per change", async () => {
    const { applicationId } = await desk.ok('intake.accept', adultIntake());
    const { applicant } = await desk.ok('applications.get', { id: applicationId });
    expect(applicant.largePrint).toBe(false);
    expect(
      await desk.ok('applicants.setLargePrint', { applicantId: applicant.id, largePrint: true }),
    ).toEqual({
      applicantId: applicant.id,
      largePrint: true,
    });
    await desk.ok('applicants.setLargePrint', { applicantId: applicant.id, largePrint: true });
    expect(desk.audit({ action: 'applicant.largePrint', entityId: applicant.id })).toHaveLength(1);
    expect((await desk.ok('applications.get', { id: applicationId })).applicant.largePrint).toBe(true);
    expect(await desk.ok('intake.printTalon', { applicationId })).toMatchObject({ layout: 'a5-large' });
    expect(await desk.call('applicants.setLargePrint', { applicantId: 999, largePrint: true })).toMatchObject(
      {
        ok: false,
        error: { code: 'not_found' },
      },
    );
  });
});

describe('the large-print queue ticket (§7.2, issue 13): the choice when the ticket is taken', () => {
  it('prints A5 with the number, the date and time and the room at ≥ 20 pt in Kazakh and Russian', async () => {
    desk.clock.set(officeInstant('2026-11-25', '10:00', 'Asia/Almaty').toISOString());
    const t = await desk.ok('queue.issue', { purpose: 'hand_in' });
    const doc = await desk.ok('queue.printTicket', { ticketId: t.id, largePrint: true });
    expect(doc).toMatchObject({ kind: 'queue_ticket', layout: 'a5-large' });
    const pdf = file(doc);
    preview(pdf, 'large-queue-ticket');
    expect(isA5(pdf)).toEqual([148, 210]);
    const words = pdfWords(pdf);
    expect(measured(words, 'A-001').size).toBeGreaterThanOrEqual(60);
    expectPromised(words, [
      'Берілген уақыты: 25.11.2026 10:00',
      'Время выдачи: 25.11.2026 10:00',
      '№ 8 кабинетке',
      'кабинет № 8.',
    ]);
    expect(Math.min(...words.map(sizeOf))).toBeGreaterThanOrEqual(BODY - 0.01);
    // Without the choice the ticket stays the 80 mm roll's.
    expect(await desk.ok('queue.printTicket', { ticketId: t.id })).toMatchObject({ layout: 'receipt80' });
  });
});

describe('the large-print notification letter (§16, issue 13): A5 folded once for a C6 window envelope', () => {
  let staff: Staff;
  beforeEach(async () => {
    staff = await hireStaff(desk);
  });

  for (const [lang, decision, side] of [
    ['kk', 'approve', 'left'],
    ['ru', 'refuse', 'right'],
  ] as const) {
    it(`${lang}, ${decision}: number, date, term and room at ≥ 20 pt, the text at ≥ 16 pt, the address in the ${side} window`, async () => {
      await signInAs(desk, staff.head);
      const settings = await desk.ok('settings.get', {});
      await desk.ok('settings.update', {
        ...settings,
        letters: { ...settings.letters, window: { envelope: 'dl', side } },
      });
      const id = await applicationIn(desk, staff, decision === 'approve' ? 'approved' : 'refused', {
        decision,
        intake: { applicant: { ...ADULT, address: null, postalAddress: PARTS }, largePrint: true },
      });
      // The applicant asked at intake: the letter is large without anyone choosing it again.
      // A refusal's explanation was written in Kazakh; the Russian letter needs it in Russian (§17).
      const explanation = lang === 'ru' ? 'Справка о составе семьи не относится к заявителю.' : undefined;
      const doc = await desk.ok('decisions.printLetter', { applicationId: id, lang, explanation });
      expect(doc).toMatchObject({ kind: 'notification', layout: 'a5-large', lang });
      const pdf = file(doc);
      preview(pdf, `large-letter-${lang}-${decision}`);
      expect(isA5(pdf)).toEqual([148, 210]);
      const words = pdfWords(pdf);
      const { outNumber, letterDate } = desk.ctx.db
        .prepare('SELECT out_number AS outNumber, letter_date AS letterDate FROM letters')
        .get() as { outNumber: string; letterDate: string };
      const date = letterDate.split('-').reverse().join('.');
      const term = lang === 'kk' ? '07.12.2026 дейін' : 'до 07.12.2026';
      const room = lang === 'kk' ? '№ 8 кабинет' : 'Кабинет № 8';
      expectPromised(words, [outNumber, date, term, room]);
      // Below the fold is the letter itself: nothing smaller than the body type.
      const text = words.filter((w) => w.page > 1 || w.y0 > HALF);
      expect(Math.min(...text.map(sizeOf))).toBeGreaterThanOrEqual(BODY - 0.01);
      // The addressee in the part of the folded sheet the C6 window always shows.
      const safe = c6SafeArea(side);
      const name = find(words, fullName(ADULT));
      const postcode = find(words, PARTS.postcode);
      for (const w of [...name, ...postcode]) {
        expect(w.x0).toBeGreaterThanOrEqual(safe.x);
        expect(w.x1).toBeLessThanOrEqual(safe.x + safe.width);
        expect(w.y0).toBeGreaterThanOrEqual(safe.y);
        expect(w.y1).toBeLessThanOrEqual(safe.y + safe.height);
      }
    });
  }

  it('the clerk may print the standard A4 letter for an applicant who asked for large print', async () => {
    const id = await applicationIn(desk, staff, 'approved', { intake: { largePrint: true } });
    expect(await desk.ok('decisions.printLetter', { applicationId: id, largePrint: false })).toMatchObject({
      layout: 'a4',
    });
  });
});
