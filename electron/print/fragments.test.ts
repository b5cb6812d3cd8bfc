import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFICE_DEFAULTS } from '../../shared/standard/office-defaults.ts';
import { STANDARD_2008 } from '../../shared/standard/service-definition.ts';
import { pdfPageToPng, pdfText } from '../../tests/support/poppler.ts';
import { type TalonData, talonBlocks } from '../intake/talon.ts';
import { sampleLetter } from './bench.ts';
import { forgetRecordings, fragmentStats } from './fragments.ts';
import { type Block, renderWithPdfkit } from './layout.ts';

// Issue 12: the fixed parts of a paper pdfkit prints (a letter, a paper of more than one page, a
// talon too long for one sheet) are laid out once per process and written again from their
// recording; what the applicant gets must be the same paper as one laid out from scratch.
// (One-page talons and tickets are written by one-page.ts, tested in one-page.test.ts.)

const CHILD: TalonData = {
  regNumber: '2026-000417',
  category: 'child',
  applicantName: 'Сейітқали Әлихан Бауыржанұлы',
  representativeName: 'Сейітқали Гүлнәр Ерланқызы',
  acceptedAt: '2026-11-25T05:12:00Z',
  termEnd: '2026-12-09',
  acceptedBy: 'Жақсыбекова Айгүл',
  documents: STANDARD_2008.documents.map((d) => d.code),
  copy: false,
  surveyCode: 'K7Q2-9MX4',
};
/** A representative whose name runs over two lines: everything below it sits lower. */
const LONG_NAME: TalonData = {
  ...CHILD,
  regNumber: '2026-000418',
  representativeName:
    'Нұрмұхамбетова-Сейітқалиева Айгерім-Гүлнұр Әбілқайырқызы (сенімхат бойынша әжесі, қамқоршы)',
  surveyCode: 'M3X8-2KQ7',
};
/** The A6 talon as pdfkit prints it. */
function renderTalon(t: TalonData) {
  return renderWithPdfkit({
    sheet: 'a6',
    blocks: talonBlocks(t, STANDARD_2008, OFFICE_DEFAULTS, 'kk'),
    lang: 'kk',
    title: `Талон ${t.regNumber}`,
    createdAt: new Date('2026-11-25T05:12:00Z'),
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-fragments-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
// The fonts are parsed and their subsets prepared by the first paper of the process.
beforeAll(() => renderTalon(CHILD), 30_000);
let shots = 0;
/** Page 1 as pixels (100 dpi). */
function pixels(pdf: Buffer): Buffer {
  return fs.readFileSync(pdfPageToPng(pdf, path.join(dir, `${shots++}.png`), 100));
}

/** Every FlateDecode stream of the PDF, inflated by a strict reader (zlib checks the Adler-32). */
function inflatedStreams(pdf: Buffer): Buffer[] {
  const text = pdf.toString('latin1');
  const out: Buffer[] = [];
  for (const m of text.matchAll(/<<([^>]*?\/Length (\d+)[^>]*?)>>\nstream\n/g)) {
    if (!m[1]?.includes('/FlateDecode')) continue;
    const start = (m.index ?? 0) + m[0].length;
    out.push(inflateSync(pdf.subarray(start, start + Number(m[2]))));
  }
  return out;
}

describe('the fixed parts of a paper laid out once per process (issue 12)', () => {
  it('prints a talon from recordings exactly as one laid out from scratch, also where a longer name moved them', async () => {
    forgetRecordings();
    const fresh = pixels((await renderTalon(CHILD)).pdf);

    // Recorded lower down the sheet (the long name), then written for this talon higher up.
    forgetRecordings();
    await renderTalon(LONG_NAME);
    const replayedBefore = fragmentStats.replayed;
    const again = await renderTalon(CHILD);
    expect(fragmentStats.replayed).toBeGreaterThan(replayedBefore);
    expect(pixels(again.pdf)).toEqual(fresh);
    expect(pdfText(again.pdf)).toContain('Сейітқали Гүлнәр Ерланқызы');
  });

  it('keeps the long name’s talon whole when the short one was recorded first', async () => {
    forgetRecordings();
    const fresh = await renderTalon(LONG_NAME);
    forgetRecordings();
    await renderTalon(CHILD);
    const after = await renderTalon(LONG_NAME);
    expect(pixels(after.pdf)).toEqual(pixels(fresh.pdf));
    expect(after.pages).toBe(1);
    expect(pdfText(after.pdf)).toContain('Әбілқайырқызы (сенімхат бойынша әжесі, қамқоршы)');
  });

  /** An A4 paper of the blocks as pdfkit prints it (flowing onto more pages), with the desk's metadata. */
  const paper = (blocks: Block[]) =>
    renderWithPdfkit({
      sheet: 'a4',
      blocks,
      lang: 'kk',
      title: 'Сынақ',
      createdAt: new Date('2026-11-25T05:12:00Z'),
    });
  const line = (text: string): Block => ({ kind: 'text', text, size: 9 });
  const FIXED: Block[] = [
    line('Шағымдар: бөлім басшысы, № 4 кабинет, тел. 2-26-09.'),
    { kind: 'framed', text: 'Қызмет көрсету мерзімі: 09.12.2026 дейін', size: 11 },
    { kind: 'rule' },
  ];

  it('writes a recorded block where this paper has it, higher or lower than where it was recorded', async () => {
    const short = [line('Өтініш беруші: Нұрланов Әділ'), ...FIXED];
    const long = [line(`Өтініш беруші: ${'Нұрмұхамбетова-Сейітқалиева Айгерім '.repeat(6)}`), ...FIXED];
    forgetRecordings();
    const freshShort = pixels((await paper(short)).pdf);
    forgetRecordings();
    const freshLong = pixels((await paper(long)).pdf);
    // Recorded below the long name, written under the short one; and back.
    const replayed = fragmentStats.replayed;
    expect(pixels((await paper(short)).pdf)).toEqual(freshShort);
    expect(pixels((await paper(long)).pdf)).toEqual(freshLong);
    expect(fragmentStats.replayed - replayed).toBeGreaterThanOrEqual(2 * FIXED.length);
  });

  it('moves a recorded block that no longer fits above the bottom margin to the next page, as a fresh layout does', async () => {
    const filled = (lines: number) => [
      ...Array.from({ length: lines }, (_, i) => line(`${i + 1}. Толтыру жолы`)),
      ...FIXED,
    ];
    // The fewest lines that push the framed term onto page 2.
    let lines = 20;
    let fresh = await paper(filled(lines));
    while (fresh.pages === 1) {
      forgetRecordings();
      fresh = await paper(filled(++lines));
    }
    forgetRecordings();
    await paper(filled(1));
    const after = await paper(filled(lines));
    expect(after.pages).toBe(fresh.pages);
    expect(pdfText(after.pdf)).toBe(pdfText(fresh.pdf));
    expect(pixels(after.pdf)).toEqual(pixels(fresh.pdf));
  });

  it('writes page contents that a strict reader inflates, their checksums right', async () => {
    await renderTalon(CHILD);
    const { pdf } = await renderTalon({ ...CHILD, regNumber: '2026-000419', surveyCode: 'Z9Z9-0000' });
    const streams = inflatedStreams(pdf);
    // The page's operators, the two ToUnicode maps, the two fonts.
    expect(streams.length).toBeGreaterThanOrEqual(5);
    expect(streams.some((s) => s.toString('latin1').includes(' Tf'))).toBe(true);
    expect(pdfText(pdf)).toContain('2026-000419');
    expect(pdfText(pdf)).toContain('Z9Z9-0000');
  });

  it('prints each family’s own letter, its letterhead and body from recordings', async () => {
    await sampleLetter(1);
    const replayedBefore = fragmentStats.replayed;
    const { pdf } = await sampleLetter(2);
    expect(fragmentStats.replayed).toBeGreaterThan(replayedBefore);
    const text = pdfText(pdf);
    expect(text).toContain('Қасымова Жанар');
    expect(text).not.toContain('Сейітқали Гүлнәр');
  });
});
