// Page 1 of every document as a PNG in test-artifacts/print/ (gitignored), for a person to look
// at as the clerk would: Kazakh letters, alignment, nothing cut off, the QR code, the receipt's
// width. The assertions here are what a machine can judge of the same pictures.

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrintedDocument } from '../../shared/contract/common.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { ADULT, CHILD, childIntake, fullMarks, MOTHER } from '../../tests/support/people.ts';
import { pdfPageSize, pdfPageToPng } from '../../tests/support/poppler.ts';
import { documentFile } from './archive.ts';

const OUT = path.resolve(import.meta.dirname, '../../test-artifacts/print');
const DPI = 110;
const px = (mm: number) => Math.round((mm / 25.4) * DPI);

let desk: TestDesk;
let applicationId: number;
let attemptId: number;
beforeAll(async () => {
  desk = await openTestDesk();
});
afterAll(() => desk.close());

function preview(name: string, doc: PrintedDocument) {
  const pdf = fs.readFileSync(documentFile(desk.ctx, doc.id));
  const png = pdfPageToPng(pdf, path.join(OUT, `${name}.png`), DPI);
  // PNG header: width and height are the big-endian words at bytes 16 and 20.
  const head = fs.readFileSync(png).subarray(0, 24);
  return { png, width: head.readUInt32BE(16), height: head.readUInt32BE(20), size: pdfPageSize(pdf) };
}

const WIDTH_MM = { a6: 105, a5: 148, receipt80: 80 } as const;

describe('previews of every printed document (test-artifacts/print/*.png)', () => {
  for (const layout of ['a6', 'a5', 'receipt80'] as const) {
    for (const lang of ['kk', 'ru'] as const) {
      it(`renders the child's talon on ${layout} in ${lang} on one sheet of the right width`, async () => {
        // A fresh application each time, so that each preview is a first print, not a copy.
        ({ applicationId } = await desk.ok('intake.accept', childIntake()));
        const doc = await desk.ok('intake.printTalon', { applicationId, layout, lang });
        const p = preview(`talon-${layout}-${lang}`, doc);
        expect(p.size.pages).toBe(1);
        expect(Math.abs(p.width - px(WIDTH_MM[layout]))).toBeLessThanOrEqual(1);
      });
    }
    it(`renders the missing-documents list on ${layout} on one sheet`, async () => {
      const documents = fullMarks('child').filter((d) => !['residence', 'pmpk_conclusion'].includes(d.code));
      ({ attemptId } = await desk.ok('intake.turnAway', childIntake({ documents })));
      const doc = await desk.ok('intake.printMissingList', {
        attemptId,
        layout,
        lang: layout === 'a5' ? 'ru' : 'kk',
      });
      const p = preview(`missing-list-${layout}`, doc);
      expect(p.size.pages).toBe(1);
      expect(Math.abs(p.width - px(WIDTH_MM[layout]))).toBeLessThanOrEqual(1);
    });
  }

  it('renders a reprinted talon with its copy mark', async () => {
    // A copy is the same paper again in the same language: the kk talon was made at acceptance.
    const doc = await desk.ok('intake.printTalon', { applicationId, layout: 'a6', lang: 'kk' });
    expect(doc.copy).toBe(true);
    preview('talon-a6-kk-copy', doc);
  });

  it('renders the consent forms on one A4 page: the representative’s for a child, an adult’s own', async () => {
    const child = await desk.ok('intake.printConsentForm', {
      category: 'child',
      applicant: CHILD,
      representative: MOTHER,
      lang: 'kk',
    });
    const adult = await desk.ok('intake.printConsentForm', {
      category: 'adult',
      applicant: ADULT,
      lang: 'ru',
    });
    for (const [name, doc] of [
      ['consent-child-kk', child],
      ['consent-adult-ru', adult],
    ] as const) {
      const p = preview(name, doc);
      expect(p.size.pages).toBe(1);
      expect(Math.abs(p.width - px(210))).toBeLessThanOrEqual(1);
      expect(Math.abs(p.height - px(297))).toBeLessThanOrEqual(1);
    }
  });
});
