import { describe, expect, it } from 'vitest';
import { NAMES, patronymic } from '../cli/demo-names.ts';
import { BOLD, REGULAR } from './fonts.ts';
import { newDocument } from './layout.ts';
import {
  type Face,
  fontkitRun,
  lineHeight,
  newWrapper,
  type Pen,
  pdfNumber,
  simpleRun,
  widthOf,
  wrap,
} from './line-setting.ts';
import { deskPageFonts } from './page-writer.ts';
import { TEXTS as PRINT_TEXTS } from './texts.ts';

// Issue 12: our own line setting must measure and break lines exactly where pdfkit did, or a
// talon set by the new writer would not be the paper it was (one-page.test.ts compares pixels).

/** A pdfkit document with the desk's fonts, to ask pdfkit what it would do. */
function pdfkit() {
  return newDocument({ size: [400, 10_000], margin: 20, lang: 'kk', title: 't', createdAt: new Date(0) });
}

type PdfkitText = PDFKit.PDFDocument & {
  _text(text: string, x: number, y: number, o: object, line: (text: string) => void): void;
};

/** The lines pdfkit's LineWrapper makes of `text` in `width` (its line callback). */
function pdfkitLines(face: string, size: number, text: string, width: number): string[] {
  const doc = pdfkit() as PdfkitText;
  doc.font(face).fontSize(size);
  const lines: string[] = [];
  doc._text(text, 20, 20, { width }, (line) => {
    lines.push(line);
    doc.y += doc.currentLineHeight(true);
  });
  return lines;
}

function ourLines(face: Face, size: number, text: string, width: number): string[] {
  const pen: Pen = { x: 20, y: 20, maxY: 10_000, overflow: false };
  const lines: string[] = [];
  wrap(pen, newWrapper(20, width), { face, size, text }, (l) => lines.push(l.text));
  return lines;
}

const TEXTS = [
  'Күтімге және басқа адамның көмегіне мұқтаж мүгедектерге, оның ішінде мүгедек балаларға үйде әлеуметтік көмек көрсету үшін құжаттарды ресімдеу',
  'Нұрмұхамбетова-Сейітқалиева Айгерім-Гүлнұр Әбілқайырқызы (сенімхат бойынша әжесі, қамқоршы)',
  'Оформление документов на социальное обслуживание на дому — «ТАЛОН» № 2026-000417, до 09.12.2026.',
  'Шағымдар: бөлім басшысы,\nкабинет № 4, тел. 8 (72838) 2-26-09; e-mail: office@example.kz',
  'ӘбілқайырқызыНұрмұхамбетоваСейітқалиеваАйгерімГүлнұрӘбілқайырқызы',
  'AV Ta fi fl Wo «Уа» Үй ТҮ',
];

describe('line setting as pdfkit set lines (issue 12)', () => {
  const { regular, bold } = deskPageFonts();

  it('measures text as pdfkit does: advance widths, kerning and ligatures', () => {
    const doc = pdfkit();
    for (const [face, name] of [
      [regular, REGULAR],
      [bold, BOLD],
    ] as const) {
      doc.font(name).fontSize(8.5);
      for (const text of [...TEXTS, 'Қабылданған күні мен уақыты: ', 'AVA', 'office', '00) '])
        expect(widthOf(face, text, 8.5)).toBe(doc.widthOfString(text));
    }
    // Kerning is there: «AV» is narrower than «A» and «V» apart.
    expect(widthOf(regular, 'AV', 10)).toBeLessThan(widthOf(regular, 'A', 10) + widthOf(regular, 'V', 10));
  });

  it('gives the line height pdfkit gives', () => {
    const doc = pdfkit();
    doc.font(BOLD).fontSize(7.5);
    expect(lineHeight(bold, 7.5, true)).toBe(doc.currentLineHeight(true));
    expect(lineHeight(bold, 7.5, false)).toBe(doc.currentLineHeight());
  });

  it('breaks lines where pdfkit breaks them: spaces, hyphens, a line feed, a word too long for a line', () => {
    for (const text of TEXTS)
      for (const width of [35, 60, 97.5, 150, 230])
        for (const [face, name] of [
          [regular, REGULAR],
          [bold, BOLD],
        ] as const)
          expect(ourLines(face, 7.5, text, width), `${name} ${width}: ${text}`).toEqual(
            pdfkitLines(name, 7.5, text, width),
          );
  });

  it('marks the page full where pdfkit would have turned it', () => {
    const lh = lineHeight(regular, 10, true);
    const roomy: Pen = { x: 0, y: 0, maxY: 3 * lh + 1, overflow: false };
    wrap(roomy, newWrapper(0, 1000), { face: regular, size: 10, text: 'one line' }, () => {});
    expect(roomy.overflow).toBe(false);
    const full: Pen = { x: 0, y: 0, maxY: 3 * lh + 1, overflow: false };
    wrap(full, newWrapper(0, 60), { face: regular, size: 10, text: TEXTS[0] as string }, () => {});
    expect(full.overflow).toBe(true);
  });

  it('rounds widths to single precision downwards, as pdfkit compares them', () => {
    for (const n of [0.1, 97.53, 1 / 3, 123.456789]) {
      expect(pdfNumber(n)).toBeLessThanOrEqual(n);
      expect(pdfNumber(n)).toBe(Math.fround(pdfNumber(n)));
      expect(n - pdfNumber(n)).toBeLessThan(1e-5);
    }
  });
});

describe('a Cyrillic word set from its letters and their pairs’ kerning (issue 12)', () => {
  const { regular, bold } = deskPageFonts();
  /** Every name, village and street the demo office is made of, the papers' texts, in both forms a line takes. */
  const words = new Set<string>();
  for (const lang of ['kk', 'ru'] as const) {
    const n = NAMES[lang];
    for (const w of [...n.surnames.flat(), ...n.male, ...n.female, ...n.fathers, ...n.villages, ...n.streets])
      for (const sex of ['male', 'female'] as const) words.add(patronymic(lang, w, sex));
    for (const w of [...n.surnames.flat(), ...n.male, ...n.female, ...n.villages, ...n.streets]) words.add(w);
    const texts = JSON.stringify(PRINT_TEXTS[lang]);
    for (const w of texts.split(/[\s"]+/)) if (w) words.add(w);
  }
  for (const w of TEXTS.flatMap((t) => t.split(' '))) words.add(w);
  // What changes on every talon besides the names: numbers, dates, times.
  for (let n = 0; n < 400; n += 7) {
    const d = new Date(Date.UTC(2026, 0, 1) + n * 86_400_000 + n * 7_919_000).toISOString();
    words.add(`2026-${String(n * 37).padStart(6, '0')}`);
    words.add(`${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`);
    words.add(d.slice(11, 16));
    words.add(`№ ${n}`);
    words.add(`(${n}),`);
  }

  it('gives for each word what fontkit gives, glyph by glyph, and sets most words so', () => {
    let simple = 0;
    for (const face of [regular, bold])
      for (const word of words)
        for (const w of [word, `${word} `, `«${word}»,`]) {
          const run = simpleRun(face, w);
          if (run === undefined) continue;
          simple++;
          expect(run, w).toEqual(fontkitRun(face, w));
        }
    expect(simple).toBeGreaterThan(words.size * 3);
  });

  it('leaves to fontkit words with Latin letters (the fi and fl ligatures) and letters outside the subset', () => {
    expect(simpleRun(regular, 'Қасымов')).toBeDefined();
    expect(simpleRun(regular, 'office')).toBeUndefined();
    expect(simpleRun(regular, 'K7Q2-9MX4')).toBeUndefined();
    expect(simpleRun(regular, '2026-000417')).toBeDefined();
    expect(simpleRun(regular, 'Ўлмасов')).toBeUndefined();
    expect(fontkitRun(regular, 'Ўлмасов')).toBeNull();
  });
});
