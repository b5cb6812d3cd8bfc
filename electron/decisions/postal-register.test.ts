import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fullName } from '../../shared/contract/common.ts';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { applicationIn, hireStaff, type Staff, signInAs } from '../../tests/support/decisions.ts';
import { ADULT, MOTHER } from '../../tests/support/people.ts';
import { pdfPageSize, pdfPageToPng, pdfText } from '../../tests/support/poppler.ts';
import { documentFile } from '../print/archive.ts';
import { MM } from '../print/layout.ts';
import { LABEL_SHEET } from './envelope.ts';

const OUT = path.resolve(import.meta.dirname, '../../test-artifacts/print');
const DAY = '2026-11-27';

let desk: TestDesk;
let staff: Staff;
let child: number;
beforeEach(async () => {
  desk = await openTestDesk();
  staff = await hireStaff(desk);
  // Two letters posted on Friday 27.11.2026: an approval to an adult, a refusal to a mother.
  await applicationIn(desk, staff, 'notified');
  child = await applicationIn(desk, staff, 'refused', { child: true });
  await desk.ok('decisions.printLetter', { applicationId: child });
  await desk.ok('decisions.markSent', { applicationId: child, sentDate: DAY });
});
afterEach(() => desk.close());

const read = (id: number) => fs.readFileSync(documentFile(desk.ctx, id));

describe('the postal register: the day’s letters handed to the post office (§16)', () => {
  it('lists number, outgoing number, addressee, address and application number of each letter', async () => {
    const day = await desk.ok('decisions.postDay', { date: DAY });
    expect(day.letters.map((l) => [l.outNumber, l.addresseeName, l.decision])).toEqual([
      ['1', fullName(ADULT), 'approved'],
      ['2', fullName(MOTHER), 'refused'],
    ]);
    const doc = await desk.ok('decisions.printPostalRegister', { date: DAY, lang: 'ru' });
    expect(doc).toMatchObject({ kind: 'postal_register', layout: 'a4', copy: false, pages: 1 });
    const pdf = read(doc.id);
    const text = pdfText(pdf);
    expect(text).toContain('РЕЕСТР ПОЧТОВЫХ ОТПРАВЛЕНИЙ');
    expect(text).toContain('27.11.2026');
    for (const [person, reg] of [
      [ADULT, day.letters[0]?.regNumber],
      [MOTHER, day.letters[1]?.regNumber],
    ] as const) {
      expect(text).toContain(fullName(person));
      expect(text).toContain(person.address);
      expect(text).toContain(reg);
    }
    expect(text).toContain('Всего писем: 2');
    expect(text).toContain(staff.clerk.fullName);
    pdfPageToPng(pdf, path.join(OUT, 'postal-register-ru.png'));
    // Recorded with the day's register, and found again by the post screen.
    expect((await desk.ok('decisions.postDay', { date: DAY })).printed.map((p) => p.kind)).toEqual([
      'postal_register',
    ]);
  });

  it('marks the same list printed again as a copy, and makes a new original when a letter is added', async () => {
    const first = await desk.ok('decisions.printPostalRegister', { date: DAY, lang: 'kk' });
    const again = await desk.ok('decisions.printPostalRegister', { date: DAY, lang: 'kk' });
    expect([first.copy, again.copy]).toEqual([false, true]);
    expect(pdfText(read(again.id))).toContain('КӨШІРМЕ / КОПИЯ');
    pdfPageToPng(read(first.id), path.join(OUT, 'postal-register-kk.png'));

    const third = await applicationIn(desk, staff, 'approved');
    await desk.ok('decisions.printLetter', { applicationId: third });
    await desk.ok('decisions.markSent', { applicationId: third });
    const longer = await desk.ok('decisions.printPostalRegister', { date: DAY, lang: 'kk' });
    expect(longer.copy).toBe(false);
    expect(pdfText(read(longer.id))).toContain('Барлығы: 3 хат');
  });

  it('leaves out a sending that was corrected, and has nothing to print for a day without letters', async () => {
    await signInAs(desk, staff.clerk);
    const file = await desk.ok('decisions.file', { applicationId: child });
    await desk.ok('decisions.correct', {
      applicationId: child,
      stepId: file.correctable?.stepId as number,
      reason: 'Хат қайтарылды: мекенжай қате',
    });
    expect((await desk.ok('decisions.postDay', { date: DAY })).letters).toHaveLength(1);
    const empty = await desk.call('decisions.printPostalRegister', { date: '2026-11-26' });
    expect(empty.ok || empty.error).toMatchObject({ code: 'not_found', params: { what: 'letters_sent' } });
  });

  it('lists an answer to a complaint posted the same day on the same register (§23)', async () => {
    desk.clock.set('2026-11-27T04:00:00.000Z');
    const complaint = await desk.ok(
      'complaints.register',
      emailComplaint({
        channel: 'post',
        complainant: { name: 'Серікбаев Нұрлан', address: 'Пресновка, Абай 7' },
      }),
    );
    await signInAs(desk, staff.head);
    await desk.ok('complaints.recordOutcome', {
      id: complaint.id,
      justified: false,
      answerText: 'Шағымыңыз қаралды.',
      answerChannel: 'post',
      outgoingNumber: '03-12/160',
    });
    await signInAs(desk, staff.clerk);
    await desk.ok('complaints.recordDispatch', { id: complaint.id });
    const day = await desk.ok('decisions.postDay', { date: DAY });
    expect(day.complaintLetters.map((c) => [c.outNumber, c.addresseeName, c.journalNumber])).toEqual([
      ['03-12/160', 'Серікбаев Нұрлан', complaint.journalNumber],
    ]);
    const text = pdfText(
      read((await desk.ok('decisions.printPostalRegister', { date: DAY, lang: 'kk' })).id),
    );
    expect(text).toContain('Барлығы: 3 хат');
    expect(text).toContain('Серікбаев Нұрлан');
    expect(text).toContain(`шағым № ${complaint.journalNumber}`);
    expect(text).toContain(`өтініш № ${day.letters[0]?.regNumber}`);
  });

  it('prints the day’s DL envelopes, one a page, sender top left and addressee bottom right', async () => {
    const doc = await desk.ok('decisions.printEnvelopes', { date: DAY, lang: 'kk' });
    expect(doc).toMatchObject({ kind: 'envelopes', pages: 2 });
    const pdf = read(doc.id);
    const size = pdfPageSize(pdf);
    expect([size.width / MM, size.height / MM].map(Math.round)).toEqual([220, 110]);
    const text = pdfText(pdf);
    expect(text).toContain('Кімнен:');
    expect(text).toContain('«Жамбыл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі» ММ');
    expect(text).toContain(`Кімге: ${fullName(ADULT)}`);
    expect(text).toContain(`Қайда: ${ADULT.address}`);
    expect(text).toContain(fullName(MOTHER));
    pdfPageToPng(pdf, path.join(OUT, 'envelope-dl-kk.png'));
  });

  it('prints the day’s address labels on an A4 sheet of 2 × 7', async () => {
    const doc = await desk.ok('decisions.printAddressLabels', { date: DAY, lang: 'ru' });
    expect(doc).toMatchObject({ kind: 'address_labels', pages: 1, layout: 'a4' });
    const pdf = read(doc.id);
    const text = pdfText(pdf);
    expect(text).toContain(fullName(ADULT));
    expect(text).toContain(MOTHER.address);
    expect(text).toContain('Исх. № 2');
    expect(LABEL_SHEET.columns * LABEL_SHEET.rows).toBe(14);
    pdfPageToPng(pdf, path.join(OUT, 'address-labels-ru.png'));
  });
});
