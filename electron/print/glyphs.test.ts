// A missing glyph prints as blank with no error (FACTS.md): every character any template can
// print must be in the embedded PT Sans, both faces.

import { describe, expect, it } from 'vitest';
import { OFFICE_DEFAULTS } from '../../shared/standard/office-defaults.ts';
import { SERVICE_DEFINITIONS } from '../../shared/standard/service-definition.ts';
import { DESK_CHARACTERS, deskFonts, missingGlyphs } from './fonts.ts';
import { TEXTS } from './texts.ts';

/** Every string inside a value: the leaves of objects and arrays. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** What the templates would print that a face of PT Sans cannot, as "face: chars in 'text'". */
function unprintable(value: unknown): string[] {
  const { regular, bold } = deskFonts();
  return stringsOf(value).flatMap((text) =>
    (
      [
        ['regular', regular],
        ['bold', bold],
      ] as const
    ).flatMap(([face, font]) => {
      const missing = missingGlyphs(font, text);
      return missing.length ? [`${face}: ${missing.join(' ')} in "${text}"`] : [];
    }),
  );
}

// The digits, Latin letters and punctuation the layout itself adds (list markers, "label: ").
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
const KAZAKH = 'ӘҒҚҢӨҰҮҺІәғқңөұүһі';

describe('the embedded font covers every template (FACTS.md: missing glyphs print blank)', () => {
  it('has a glyph for every character of the document texts in Kazakh and Russian', () => {
    expect(unprintable(TEXTS)).toEqual([]);
  });

  it('has a glyph for every character of the standard: title, §12 document names, §17 grounds', () => {
    const standard = SERVICE_DEFINITIONS.map((d) => ({
      title: d.title,
      documents: d.documents.map((x) => [x.name, x.nameForChild]),
      refusalGrounds: d.refusalGrounds.map((g) => g.text),
      indicators: d.indicators.map((i) => i.text),
    }));
    expect(unprintable(standard)).toEqual([]);
  });

  it('has a glyph for every character of the office defaults, the Kazakh letters and ASCII', () => {
    expect(unprintable([OFFICE_DEFAULTS, KAZAKH, ASCII])).toEqual([]);
  });

  it('has every character of the templates in the subset made once per process (DESK_CHARACTERS)', () => {
    // One outside it still prints, but each paper then subsets the font again (fonts.test.ts).
    const standard = SERVICE_DEFINITIONS.map((d) => [d.title, d.documents, d.refusalGrounds, d.indicators]);
    const outside = new Set(
      stringsOf([TEXTS, standard, OFFICE_DEFAULTS]).flatMap((text) =>
        [...text].filter((ch) => ch >= ' ' && !DESK_CHARACTERS.includes(ch)),
      ),
    );
    expect([...outside]).toEqual([]);
    expect([...KAZAKH].filter((ch) => !DESK_CHARACTERS.includes(ch))).toEqual([]);
  });

  it('reports a character PT Sans lacks, so the checks above can fail', () => {
    expect(missingGlyphs(deskFonts().regular, 'Қасымова 😀 Гүлнәр ✓')).toEqual(['😀', '✓']);
    expect(unprintable({ kk: { title: 'ТАЛОН 😀' } })).toEqual([
      'regular: 😀 in "ТАЛОН 😀"',
      'bold: 😀 in "ТАЛОН 😀"',
    ]);
  });
});
