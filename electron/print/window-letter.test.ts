import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnvelopeWindow } from '../../shared/contract/decisions.ts';
import { addressLines } from '../../shared/domain/postal-address.ts';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { applicationIn, hireStaff, type Staff, signInAs } from '../../tests/support/decisions.ts';
import { ADULT, PARTS } from '../../tests/support/people.ts';
import { type PdfWord, pdfPageToPng, pdfWords } from '../../tests/support/poppler.ts';
import { documentFile } from './archive.ts';
import { type BoxMm, ENVELOPES, THIRD, windowOnEnvelope, windowSafeArea } from './window-letter.ts';

const OUT = path.resolve(import.meta.dirname, '../../test-artifacts/print');

let desk: TestDesk;
let staff: Staff;
beforeEach(async () => {
  desk = await openTestDesk();
  staff = await hireStaff(desk);
});
afterEach(() => desk.close());

const SETTINGS: readonly EnvelopeWindow[] = [
  { envelope: 'dl', side: 'left' },
  { envelope: 'dl', side: 'right' },
  { envelope: 'c5_6', side: 'left' },
  { envelope: 'c5_6', side: 'right' },
];

async function useWindow(w: EnvelopeWindow): Promise<void> {
  await signInAs(desk, staff.head);
  const settings = await desk.ok('settings.get', {});
  await desk.ok('settings.update', { ...settings, letters: { ...settings.letters, window: w } });
}

async function kept(doc: { id: number }): Promise<Buffer> {
  return fs.readFileSync(documentFile(desk.ctx, doc.id));
}

/** A notification letter to an applicant whose address was typed in its parts. */
async function notificationLetter(lang: 'kk' | 'ru'): Promise<Buffer> {
  const id = await applicationIn(desk, staff, 'approved', {
    intake: { applicant: { ...ADULT, address: null, postalAddress: PARTS } },
  });
  return kept(await desk.ok('decisions.printLetter', { applicationId: id, lang }));
}

/** The answer to a complaint that came by post, from a complainant whose address has its parts. */
async function complaintAnswer(lang: 'kk' | 'ru'): Promise<Buffer> {
  await signInAs(desk, staff.clerk);
  const base = emailComplaint();
  const c = await desk.ok(
    'complaints.register',
    emailComplaint({
      channel: 'post',
      complainant: { ...base.complainant, address: null, email: null, postalAddress: PARTS },
    }),
  );
  await signInAs(desk, staff.head);
  await desk.ok('complaints.recordOutcome', {
    id: c.id,
    justified: false,
    satisfied: null,
    actionTaken: null,
    answerText: 'Шағым бойынша тексеру жүргізілді.',
    answerDate: '2026-11-27',
    answerChannel: 'post',
    outgoingNumber: '03-12/7',
  });
  return kept(await desk.ok('complaints.printAnswer', { complaintId: c.id, lang }));
}

const inside = (w: PdfWord, box: BoxMm) =>
  w.x0 >= box.x && w.y0 >= box.y && w.x1 <= box.x + box.width && w.y1 <= box.y + box.height;
const overlaps = (w: PdfWord, box: BoxMm) =>
  w.x1 > box.x && w.x0 < box.x + box.width && w.y1 > box.y && w.y0 < box.y + box.height;

/** The words of page 1 from the addressee's name to the postcode, in reading order. */
function addresseeWords(words: readonly PdfWord[], lang: 'kk' | 'ru'): PdfWord[] {
  const tokens = [ADULT.lastName, ADULT.firstName, ADULT.middleName, ...addressLines(PARTS, lang)]
    .join(' ')
    .split(/\s+/);
  const page = words.filter((w) => w.page === 1);
  for (let i = 0; i + tokens.length <= page.length; i++) {
    if (tokens.every((t, k) => page[i + k]?.text === t)) return page.slice(i, i + tokens.length);
  }
  throw new Error(`"${tokens.join(' ')}" is not on page 1 as a run of words`);
}

describe('one window envelope for every letter that goes by post (issue 11)', () => {
  it('knows the windows of DL and C6/5 envelopes (DIN 680) and what of the folded sheet they always show', () => {
    // 90 × 45 mm, 20 mm from the side edge and 15 mm from the bottom, on 220 × 110 and 229 × 114 mm.
    expect(windowOnEnvelope({ envelope: 'dl', side: 'left' })).toEqual({
      x: 20,
      y: 50,
      width: 90,
      height: 45,
    });
    expect(windowOnEnvelope({ envelope: 'dl', side: 'right' })).toEqual({
      x: 110,
      y: 50,
      width: 90,
      height: 45,
    });
    expect(windowOnEnvelope({ envelope: 'c5_6', side: 'right' })).toEqual({
      x: 119,
      y: 54,
      width: 90,
      height: 45,
    });
    // The sheet (210 mm wide, a 99 mm third) slides 10 mm sideways and 11 mm down in a DL
    // envelope, 19 and 15 mm in a C6/5: worked out by hand.
    expect(windowSafeArea({ envelope: 'dl', side: 'left' })).toEqual({ x: 20, y: 50, width: 80, height: 34 });
    expect(windowSafeArea({ envelope: 'dl', side: 'right' })).toEqual({
      x: 110,
      y: 50,
      width: 80,
      height: 34,
    });
    expect(windowSafeArea({ envelope: 'c5_6', side: 'left' })).toEqual({
      x: 20,
      y: 54,
      width: 71,
      height: 30,
    });
    expect(windowSafeArea({ envelope: 'c5_6', side: 'right' })).toEqual({
      x: 119,
      y: 54,
      width: 71,
      height: 30,
    });
    // The safe area is inside the window at both ends of the sheet's slide.
    for (const w of SETTINGS) {
      const e = ENVELOPES[w.envelope];
      const win = windowOnEnvelope(w);
      const safe = windowSafeArea(w);
      for (const dx of [0, e.width - 210])
        for (const dy of [0, e.height - THIRD]) {
          expect(safe.x + dx).toBeGreaterThanOrEqual(win.x);
          expect(safe.x + safe.width + dx).toBeLessThanOrEqual(win.x + win.width);
          expect(safe.y + dy).toBeGreaterThanOrEqual(win.y);
          expect(safe.y + safe.height + dy).toBeLessThanOrEqual(win.y + win.height);
        }
    }
  });

  for (const w of SETTINGS) {
    it(`places both letters' addressee in the same ${w.side} ${w.envelope} window, read back with pdftotext -bbox`, async () => {
      await useWindow(w);
      const safe = windowSafeArea(w);
      const letters = {
        notification: await notificationLetter('ru'),
        answer: await complaintAnswer('kk'),
      };
      for (const [name, pdf] of Object.entries(letters)) {
        const lang = name === 'notification' ? 'ru' : 'kk';
        const words = pdfWords(pdf);
        const addressee = addresseeWords(words, lang);
        for (const word of addressee) expect(inside(word, safe), `${name}: ${word.text}`).toBe(true);
        // The address is in Kazpost's order, one line after another: street, settlement and
        // district, oblast, postcode last.
        const postcode = addressee.at(-1) as PdfWord;
        expect(postcode.text).toBe(PARTS.postcode);
        expect(postcode.y0).toBeGreaterThan((addressee.find((x) => x.text === 'облысы') as PdfWord).y0);
        // Nothing else of the page shows through the window but the sender's line above the name.
        const nameTop = (addressee[0] as PdfWord).y0;
        const others = words.filter(
          (x) => x.page === 1 && overlaps(x, safe) && !addressee.includes(x) && x.y1 > nameTop,
        );
        expect(others.map((x) => x.text)).toEqual([]);
        pdfPageToPng(pdf, path.join(OUT, `window-${w.envelope}-${w.side}-${name}.png`), 60);
      }
    });
  }

  it('still prints an address kept as free text (typed before the parts existed) as it was typed, in the window', async () => {
    const id = await applicationIn(desk, staff, 'approved');
    const { applicant } = await desk.ok('people.lookup', { iin: ADULT.iin });
    expect(applicant).toMatchObject({ address: ADULT.address, postalAddress: null });
    const pdf = await kept(await desk.ok('decisions.printLetter', { applicationId: id, lang: 'kk' }));
    const words = pdfWords(pdf).filter((w) => w.page === 1);
    const tokens = ADULT.address.split(' ');
    const start = words.findIndex((_w, i) => tokens.every((t, k) => words[i + k]?.text === t));
    expect(start).toBeGreaterThan(-1);
    const safe = windowSafeArea({ envelope: 'dl', side: 'left' });
    for (const w of words.slice(start, start + tokens.length)) expect(inside(w, safe), w.text).toBe(true);
  });
});
