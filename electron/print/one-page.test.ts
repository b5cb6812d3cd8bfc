import { describe, expect, it } from 'vitest';
import { OFFICE_DEFAULTS } from '../../shared/standard/office-defaults.ts';
import { STANDARD_2008 } from '../../shared/standard/service-definition.ts';
import { pdfFonts, pdfPageGrey, pdfText, pdfWords } from '../../tests/support/poppler.ts';
import { consentBlocks } from '../intake/consent-form.ts';
import { type TalonData, talonBlocks } from '../intake/talon.ts';
import { type TicketData, ticketBlocks } from '../queue/ticket.ts';
import {
  type Block,
  type RenderRequest,
  renderPdf,
  renderWithPdfkit,
  SHEETS,
  type SheetName,
} from './layout.ts';
import { layOutPage } from './one-page.ts';
import type { Lang } from './texts.ts';

// Issue 12: the one-page papers are laid out and written by our own writer (one-page.ts,
// line-setting.ts, page-writer.ts) instead of pdfkit. The clerk hands over the same paper: every
// paper below is drawn by both and the pages compared pixel by pixel.

const CREATED = new Date('2026-11-25T05:12:00Z');
const DOCS = STANDARD_2008.documents.map((d) => d.code);

function talon(over: Partial<TalonData>): TalonData {
  return {
    regNumber: '2026-000417',
    category: 'adult',
    applicantName: 'Өмірбеков Ұлан Нұрланұлы',
    representativeName: null,
    acceptedAt: '2026-11-25T05:12:00Z',
    termEnd: '2026-12-09',
    acceptedBy: 'Жақсыбекова Айгүл',
    documents: DOCS,
    copy: false,
    surveyCode: null,
    ...over,
  };
}

const LONG_CHILD = talon({
  regNumber: '2026-000418',
  category: 'child',
  applicantName: 'Сейітқалиева-Жақсыбекова Гүлнұр Әбілқасымқызы',
  representativeName:
    'Нұрмұхамбетова-Сейітқалиева Айгерім-Гүлнұр Әбілқайырқызы (сенімхат бойынша әжесі, қамқоршы)',
  surveyCode: 'M3X8-2KQ7',
});

function talonPaper(t: TalonData, sheet: SheetName, lang: Lang): RenderRequest {
  return {
    sheet,
    blocks: talonBlocks(t, STANDARD_2008, OFFICE_DEFAULTS, lang),
    lang,
    title: `Талон ${t.regNumber}`,
    createdAt: CREATED,
  };
}

const TICKET: TicketData = {
  number: 'A-017',
  purpose: 'hand_in',
  issuedAt: '2026-11-25T05:12:00Z',
  limitMinutes: 30,
  ahead: 3,
  estimate: { minutes: 24, expectedAt: '2026-11-25T05:36:00Z', afterClosing: false },
  copy: false,
  surveyCode: 'K7Q2-9MX4',
};

function ticketPaper(t: TicketData): RenderRequest {
  return {
    sheet: 'receipt80',
    blocks: ticketBlocks(t, STANDARD_2008, OFFICE_DEFAULTS, CREATED),
    lang: 'kk',
    title: `Талон ${t.number}`,
    createdAt: CREATED,
  };
}

const CONSENT: RenderRequest = {
  sheet: 'a4',
  blocks: consentBlocks(
    {
      category: 'child',
      applicant: {
        fullName: 'Сейітқали Әлихан Бауыржанұлы',
        iin: '150412500018',
        address: 'Ақсу, Абай 12',
        phone: null,
      },
      representative: {
        fullName: 'Сейітқали Гүлнәр Ерланқызы',
        iin: '880412400012',
        address: 'Ақсу, Абай 12',
        phone: '+7 701 123 45 67',
        relation: 'mother',
        authorityDocument: 'Туу туралы куәлік № 0012',
      },
      date: '2026-11-25',
      clerk: 'Жақсыбекова Айгүл',
    },
    STANDARD_2008,
    OFFICE_DEFAULTS,
    'kk',
  ),
  lang: 'kk',
  title: 'Келісім',
  createdAt: CREATED,
};

/** Page 1 at 100 dpi, greyscale. */
function page(pdf: Buffer) {
  return pdfPageGrey(pdf, 100);
}

/**
 * How many pixels differ by more than a fifth of black to white: anti-aliasing may change a
 * pixel's grey a little; a line moved by a quarter of a point changes hundreds of them.
 */
function differingPixels(a: Buffer, b: Buffer): number {
  const pa = page(a);
  const pb = page(b);
  if (pa.width !== pb.width || pa.height !== pb.height) return Number.POSITIVE_INFINITY;
  let n = 0;
  for (let y = 0; y < pa.height; y++)
    for (let x = 0; x < pa.width; x++) if (Math.abs(pa.at(x, y) - pb.at(x, y)) > 51) n++;
  return n;
}

const PAPERS: [string, RenderRequest][] = [
  ['an adult’s A6 talon in Kazakh', talonPaper(talon({}), 'a6', 'kk')],
  ['an adult’s A6 talon in Russian, a copy', talonPaper(talon({ copy: true }), 'a6', 'ru')],
  [
    'a child’s A6 talon with a representative, the survey code',
    talonPaper(
      talon({ category: 'child', representativeName: 'Сейітқали Гүлнәр Ерланқызы', surveyCode: 'K7Q2-9MX4' }),
      'a6',
      'kk',
    ),
  ],
  ['a child’s A6 talon whose long names shrink it to fit, Kazakh', talonPaper(LONG_CHILD, 'a6', 'kk')],
  ['the same in Russian, a copy', talonPaper({ ...LONG_CHILD, copy: true }, 'a6', 'ru')],
  [
    'an adult’s A5 talon in Russian',
    talonPaper(talon({ applicantName: 'Иванова Анна Сергеевна' }), 'a5', 'ru'),
  ],
  ['a child’s A5 talon in Kazakh', talonPaper(LONG_CHILD, 'a5', 'kk')],
  ['a child’s talon on the 80 mm roll in Kazakh', talonPaper(LONG_CHILD, 'receipt80', 'kk')],
  [
    'an adult’s talon on the roll in Russian',
    talonPaper(talon({ surveyCode: 'Z9Z9-0000' }), 'receipt80', 'ru'),
  ],
  ['the queue ticket', ticketPaper(TICKET)],
  [
    'a reprinted queue ticket after the office closes',
    ticketPaper({
      ...TICKET,
      copy: true,
      estimate: { minutes: 300, expectedAt: '2026-11-25T12:00:00Z', afterClosing: true },
      ahead: 14,
      surveyCode: null,
    }),
  ],
  ['the consent form (signature lines, a name filled in)', CONSENT],
];

describe('the one-page papers from our own writer (issue 12)', () => {
  it.each(PAPERS)('prints %s as pdfkit did, pixel for pixel', async (_, paper) => {
    const before = await renderWithPdfkit(paper);
    const now = await renderPdf(paper);
    expect(now.pages).toBe(1);
    expect(before.pages).toBe(1);
    expect(differingPixels(before.pdf, now.pdf)).toBeLessThanOrEqual(20);
    // The text layer too: what copying, searching and the archive's tests read.
    expect(pdfText(now.pdf)).toBe(pdfText(before.pdf));
    expect(pdfFonts(now.pdf).sort()).toEqual(pdfFonts(before.pdf).sort());
  });

  it('sees a line moved by a quarter of a point (the comparison is not blind)', async () => {
    const paper = talonPaper(talon({}), 'a6', 'kk');
    const blocks: Block[] = paper.blocks.map((b, i) => (i === 6 ? { ...b, gap: (b.gap ?? 3) + 0.3 } : b));
    const moved = await renderPdf({ ...paper, blocks });
    const before = await renderWithPdfkit(paper);
    expect(differingPixels(before.pdf, moved.pdf)).toBeGreaterThan(100);
  });

  it('sets a child’s long names smaller so the talon stays one A6 sheet, as pdfkit did', async () => {
    const usual = pdfWords((await renderPdf(talonPaper(talon({}), 'a6', 'kk'))).pdf);
    const shrunk = pdfWords((await renderPdf(talonPaper(LONG_CHILD, 'a6', 'kk'))).pdf);
    const height = (words: typeof usual, text: string) => {
      const w = words.find((x) => x.text === text);
      if (!w) throw new Error(`${text} not printed`);
      return w.y1 - w.y0;
    };
    expect(height(shrunk, 'ТАЛОН')).toBeLessThan(height(usual, 'ТАЛОН') * 0.95);
    const p = talonPaper(LONG_CHILD, 'a6', 'kk');
    const a6 = { width: SHEETS.a6.width, height: SHEETS.a6.height ?? 0, margin: SHEETS.a6.margin };
    expect(layOutPage(p.blocks, SHEETS.a6.scale, a6, false).overflow).toBe(true);
  });

  it('leaves to pdfkit a paper with a letter outside the prepared fonts, which still prints', async () => {
    const { pdf, pages } = await renderPdf(
      talonPaper(talon({ applicantName: 'Ўлмасов Шерзод Ёқубович' }), 'a6', 'ru'),
    );
    expect(pages).toBe(1);
    expect(pdfText(pdf)).toContain('Ўлмасов Шерзод');
  });

  it('prints the same bytes for the same paper (the desk’s clock, not the machine’s)', async () => {
    const paper = talonPaper(talon({}), 'a6', 'kk');
    const a = await renderPdf(paper);
    const b = await renderPdf(paper);
    expect(a.pdf.equals(b.pdf)).toBe(true);
    const text = a.pdf.toString('latin1');
    expect(text).toContain('/Lang (kk)');
    expect(text).toContain('/DisplayDocTitle true');
    expect(text).toContain('/CreationDate (D:20261125051200Z)');
  });
});
