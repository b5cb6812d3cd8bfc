import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { PLACE_TEXTS } from '../renderer/src/i18n/all-texts.ts';
import * as officeDefaults from '../shared/standard/office-defaults.ts';
import * as serviceDefinition from '../shared/standard/service-definition.ts';
import { readNameRecords } from './font-name.ts';
import {
  CREDIT_IDS,
  CSS_FILE,
  FACES,
  FONT_NAME_IDS,
  makeWebFaces,
  RESERVED_NAMES,
  STYLES_DIR,
  subsetFile,
} from './fonts-build.ts';

// The screens' font (scripts/fonts-build.ts): the committed WOFF2 subsets of PT Sans and
// fonts.css are what `npm run fonts` makes from assets/fonts, and every character of the desk's
// texts is in the subsets — so the first screen never waits for the full TTF, and no letter of a
// text is drawn in another font. The subsets are named Qabyldau Sans, none of their names PT
// Sans's: the OFL reserves "PT Sans" and "ParaType" for the unmodified font.

function open(file: string): fontkit.Font {
  const font = fontkit.create(fs.readFileSync(file));
  if ('fonts' in font) throw new Error(`${file}: a collection`);
  return font;
}
const ttf = (name: string) => open(path.join(import.meta.dirname, `../assets/fonts/${name}.ttf`));
const subset = (face: (typeof FACES)[number]) => open(path.join(STYLES_DIR, 'fonts', subsetFile(face)));

/** fontkit's keys of the name table's strings, by name ID (an ID it has no key for keeps its number). */
const NAME_KEYS = [
  'copyright',
  'fontFamily',
  'fontSubfamily',
  'uniqueSubfamily',
  'fullName',
  'version',
  'postscriptName',
  'trademark',
  'manufacturer',
  'designer',
  'description',
  'vendorURL',
  'designerURL',
  'license',
  'licenseURL',
  '15',
  'preferredFamily',
  'preferredSubfamily',
  'compatibleFull',
  'sampleText',
  'postscriptCIDFontName',
  'wwsFamilyName',
  'wwsSubfamilyName',
];
/** A font's name strings as [name ID, text], every platform and language (fontkit reads WOFF2). */
function nameStrings(font: fontkit.Font): [number, string][] {
  const table = (
    font as unknown as { name: { count: number; records: Record<string, Record<string, string>> } }
  ).name;
  const strings = Object.entries(table.records).flatMap(([key, byLanguage]) => {
    const id = NAME_KEYS.indexOf(key);
    return Object.values(byLanguage).map((text): [number, string] => [id >= 0 ? id : Number(key), text]);
  });
  // No record hidden behind another of the same ID and language.
  expect(strings).toHaveLength(table.count);
  return strings;
}

/** Every character of the strings in a value (texts, groups of texts, arrays, objects). */
function charactersOf(value: unknown, into = new Set<number>(), seen = new Set<unknown>()): Set<number> {
  if (typeof value === 'string') for (const c of value) into.add(c.codePointAt(0) as number);
  else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) charactersOf(v, into, seen);
  }
  return into;
}

/** Every character of every place's texts in Kazakh and Russian, and of the standard's names. */
const UI_CHARACTERS = (() => {
  const chars = new Set<number>();
  for (const place of PLACE_TEXTS) {
    charactersOf(place.texts.kk, chars);
    charactersOf(place.texts.ru, chars);
  }
  charactersOf(serviceDefinition, chars);
  charactersOf(officeDefaults, chars);
  // Line breaks and tabs of multi-line texts are not drawn.
  for (const c of [0x09, 0x0a, 0x0d]) chars.delete(c);
  return chars;
})();

/** The rules of fonts.css: the file each names, its weight and its unicode-range as a test. */
const RULES = [
  ...fs.readFileSync(path.join(STYLES_DIR, CSS_FILE), 'utf8').matchAll(/@font-face \{([^}]*)\}/g),
].map(([, body = '']) => {
  const ranges = [
    ...(/unicode-range:([^;]*);/.exec(body)?.[1] ?? '').matchAll(/U\+([0-9A-F]+)(?:-([0-9A-F]+))?/g),
  ].map(([, a = '', b]) => [Number.parseInt(a, 16), Number.parseInt(b ?? a, 16)] as const);
  return {
    src: /url\("([^"]+)"\)/.exec(body)?.[1] ?? '',
    weight: Number(/font-weight: (\d+);/.exec(body)?.[1]),
    display: /font-display: (\w+);/.exec(body)?.[1],
    has: (c: number) => ranges.some(([a, b]) => c >= a && c <= b),
  };
});

const KAZAKH = 'ӘҒҚҢӨҰҮҺІәғқңөұүһі';
const RUSSIAN = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя';

describe('the screens’ subsets of PT Sans', () => {
  it('are exactly what `npm run fonts` makes from assets/fonts (run it after changing a font or the characters)', async () => {
    const made = await makeWebFaces();
    expect([...made.files.keys()].sort()).toEqual(FACES.map(subsetFile).sort());
    for (const [name, bytes] of made.files) {
      const committed = fs.readFileSync(path.join(STYLES_DIR, 'fonts', name));
      expect(committed.equals(bytes), `${name} differs from what npm run fonts makes`).toBe(true);
    }
    expect(fs.readFileSync(path.join(STYLES_DIR, CSS_FILE), 'utf8')).toBe(made.css);
  }, 120_000);

  it('bear their own name, Qabyldau Sans: no name of theirs is a Reserved Font Name of PT Sans’s licence', () => {
    for (const face of FACES) {
      const sub = subset(face);
      expect(sub.familyName).toBe('Qabyldau Sans');
      expect(sub.subfamilyName).toBe(face.style);
      expect(sub.fullName).toBe(`Qabyldau Sans ${face.style}`);
      expect(sub.postscriptName).toBe(`QabyldauSans-${face.style}`);
      const strings = nameStrings(sub);
      for (const [id, text] of strings) {
        const reserved = RESERVED_NAMES.some((name) => name.test(text));
        // A name (family, full, PostScript, unique ID, typographic…) never holds one; a string
        // that does is a credit or the licence.
        if (FONT_NAME_IDS.includes(id)) expect(reserved, `name ID ${id}: ${text}`).toBe(false);
        if (reserved) expect(CREDIT_IDS, `name ID ${id}: ${text}`).toContain(id);
      }
      // The copyright, the licence and its URL are PT Sans's own (the OFL's condition 2), and the
      // description says where the subset comes from.
      const full = new Map(
        readNameRecords(
          fs.readFileSync(path.join(import.meta.dirname, `../assets/fonts/${face.name}.ttf`)),
        ).map((r) => [r.nameID, r.text]),
      );
      for (const id of [0, 13, 14])
        expect(
          strings.filter(([i]) => i === id).map(([, t]) => t),
          `name ID ${id}`,
        ).toEqual([full.get(id)]);
      expect(strings.find(([id]) => id === 10)?.[1]).toMatch(
        /^Qabyldau Sans is a subset of PT Sans by ParaType Ltd\./,
      );
    }
  });

  it('hold every character of the desk’s texts (kk and ru) that PT Sans has, each drawn as PT Sans draws it', () => {
    for (const face of FACES) {
      const full = ttf(face.name);
      const sub = subset(face);
      const missing = [...UI_CHARACTERS].filter(
        (c) => full.hasGlyphForCodePoint(c) && !sub.hasGlyphForCodePoint(c),
      );
      expect(missing.map((c) => String.fromCodePoint(c)).join(''), face.name).toBe('');
      for (const c of [...KAZAKH, ...RUSSIAN, ...'«»№–—“”„…•']) {
        expect(sub.hasGlyphForCodePoint(c.codePointAt(0) as number), `${face.name} ${c}`).toBe(true);
      }
      // Every character of the subset: the outline and the width of PT Sans's glyph (U+FFFF is
      // the end mark of the character map, no character).
      const characters = sub.characterSet.filter((c) => c !== 0xffff);
      expect(characters.length).toBeGreaterThan(400);
      for (const code of characters) {
        const c = `U+${code.toString(16)}`;
        const mine = sub.getGlyph(sub.glyphForCodePoint(code).id);
        const theirs = full.getGlyph(full.glyphForCodePoint(code).id);
        expect(mine.id, `${face.name} ${c}`).not.toBe(0);
        expect(mine.path.toSVG(), `${face.name} ${c}`).toBe(theirs.path.toSVG());
        expect(mine.advanceWidth, `${face.name} ${c}`).toBe(theirs.advanceWidth);
      }
    }
  });

  it('are what the page asks for: each face’s subset covers the texts, the full TTF only PT Sans’s other characters', () => {
    for (const face of FACES) {
      const full = ttf(face.name);
      const sub = subset(face);
      const [subRule, ttfRule, ...more] = RULES.filter((r) => r.weight === face.weight);
      expect(more).toEqual([]);
      expect(subRule?.src).toBe(`./fonts/${subsetFile(face)}`);
      expect(ttfRule?.src).toBe(`../../../assets/fonts/${face.name}.ttf`);
      // No character of a text makes the browser fetch the full TTF (→ and ✓, which PT Sans
      // lacks, come from the next font of the list without it).
      const fetchesTtf = [...UI_CHARACTERS].filter((c) => ttfRule?.has(c));
      expect(fetchesTtf.map((c) => String.fromCodePoint(c)).join(''), face.name).toBe('');
      // Every character PT Sans has is in exactly one of the two ranges, and the subset's range is
      // what the subset holds: a name with a rare letter (Ő, Ş, Ł) is still drawn in PT Sans.
      for (const c of full.characterSet.filter((c) => c >= 0x20)) {
        expect(Number(subRule?.has(c)) + Number(ttfRule?.has(c)), `U+${c.toString(16)}`).toBe(1);
        expect(sub.hasGlyphForCodePoint(c), `U+${c.toString(16)}`).toBe(Boolean(subRule?.has(c)));
      }
      for (const c of 'ŐŞŁĞ') expect(ttfRule?.has(c.codePointAt(0) as number), c).toBe(true);
    }
  });

  it('keep the text unseen while PT Sans loads rather than drawn in another font (font-display: block)', () => {
    expect(RULES).toHaveLength(2 * FACES.length);
    for (const rule of RULES) expect(rule.display).toBe('block');
  });
});
