// The desk's screen fonts: WOFF2 subsets of PT Sans made from the TTFs in assets/fonts, which the
// page fetches before its sign-in form can be read (issue 12). `npm run fonts` writes them and
// the @font-face rules that name them; the files are committed, and fonts-build.test.ts checks
// that they are exactly what this script makes and that they hold every character of the UI
// texts. The build itself only copies them (no WebAssembly subsetter in `electron-vite build`).
//
// The subsets are named "Qabyldau Sans", not PT Sans. PT Sans is under the SIL Open Font License
// 1.1 with the Reserved Font Names "PT Sans" and "ParaType" (assets/fonts/OFL-PTSans.txt); a
// subset is a Modified Version (the OFL's paper "Webfonts and Reserved Font Names": removing
// glyphs is not functionally equivalent), which condition 3 forbids to bear those names. The
// full TTFs, which the page fetches unchanged for PT Sans's other characters, keep theirs.
//
// Each face is two @font-face rules of one CSS family, "Qabyldau Sans" (a CSS family name is the
// page's own alias, not the font's name): the subset (Basic Latin, Latin-1, the whole Cyrillic
// block with every Kazakh letter, the punctuation the desk writes), and the full TTF for every
// other character PT Sans has, whose `unicode-range` makes the browser fetch it only when such a
// character is on the screen (a name typed with Ő or Ş). Both ranges come from the font's own
// character map: a character PT Sans lacks (→, ✓ in the texts) is in neither, so it never makes
// the browser fetch the full TTF for nothing; it comes from the next font of the list.
//
// The subsets keep PT Sans's TrueType hints (see README, "Speed", Renderer): they are four
// fifths of the bytes, but Chromium on Windows draws through DirectWrite, which applies them at
// the desk's 14–24 px on the office's 96 dpi screens; the files are read from the local disk.

import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { BOLD, DESK_CHARACTERS, REGULAR } from '../electron/print/fonts.ts';
import { type NameRecord, readNameRecords, replaceNameTable } from './font-name.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const TTF_DIR = path.join(ROOT, 'assets/fonts');
/** Where the subsets and their rules live: beside the stylesheet that imports them. */
export const STYLES_DIR = path.join(ROOT, 'renderer/src/styles');
export const CSS_FILE = 'fonts.css';

/** Unicode blocks kept whole: Basic Latin, Latin-1, Cyrillic (Kazakh and Russian). */
const BLOCKS: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x400, 0x4ff],
];

/**
 * Every character the screens are written in: the blocks above, and the punctuation of the
 * printed papers (electron/print/fonts.ts) with the non-breaking hyphen and the single
 * guillemets. What PT Sans lacks of it is left out of the subset's range.
 */
export const SCREEN_CHARACTERS: ReadonlySet<number> = new Set([
  ...BLOCKS.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i)),
  ...Array.from(`${DESK_CHARACTERS}\u2011‹›`, (c) => c.codePointAt(0) as number),
]);

/** The subsets' family: their name in the font and the CSS family the screens name. */
export const FAMILY = 'Qabyldau Sans';

export interface Face {
  /** The TTF's name in assets/fonts, without .ttf. */
  name: string;
  weight: 400 | 700;
  /** The style, name ID 2 of the font (PT Sans's own: Regular, Bold). */
  style: 'Regular' | 'Bold';
}
export const FACES: readonly Face[] = [
  { name: REGULAR, weight: 400, style: 'Regular' },
  { name: BOLD, weight: 700, style: 'Bold' },
];

/** The subset's PostScript name (name ID 6), e.g. QabyldauSans-Regular. */
export const subsetPostscriptName = (face: Face) => `${FAMILY.replaceAll(' ', '')}-${face.style}`;
/** The subset's file name, in STYLES_DIR/fonts. */
export const subsetFile = (face: Face) => `${subsetPostscriptName(face)}.woff2`;

/**
 * The Reserved Font Names of PT Sans's licence, as a subset's name strings may not hold them
 * (spaces and case aside: "PTSans" is the PostScript form).
 */
export const RESERVED_NAMES: readonly RegExp[] = [/p\s*t\s*sans/i, /para\s*type/i];

/**
 * The name IDs that name the font (OpenType "name" table): family, style, unique ID, full name,
 * PostScript name, typographic family and style, compatible full name, WWS family and style,
 * variations PostScript prefix. None of a subset's may hold a Reserved Font Name.
 */
export const FONT_NAME_IDS: readonly number[] = [1, 2, 3, 4, 6, 16, 17, 18, 20, 21, 22, 25];

/**
 * The IDs kept besides the names, whose strings may still say "PT Sans" or "ParaType", being
 * credits and the licence, not the font's name: the copyright (0), the licence (13) and its URL
 * (14), which the OFL's condition 2 keeps with every Modified Version and whose text names the
 * reserved names; the version (5, "Version 2.003W OFL"); the trademark notice (7), manufacturer
 * (8), designers (9) and their URLs (11, 12), as the OFL-FAQ's advice on Modified Versions is to
 * remove none of the information the original authors put in; and the description (10), which
 * says that the subset is made from PT Sans by ParaType (the OFL forbids the reserved names as the
 * name of a Modified Version, not the acknowledgement of where it comes from). Any other ID of the
 * TTF is dropped.
 */
export const CREDIT_IDS: readonly number[] = [0, 5, 7, 8, 9, 10, 11, 12, 13, 14];

/** The subset's description (name ID 10): what it is made from, and why it has another name. */
export const DESCRIPTION =
  'Qabyldau Sans is a subset of PT Sans by ParaType Ltd. (A. Korolkova, O. Umpeleva, V. Yefimov) ' +
  "holding the Latin, Cyrillic and Kazakh letters and the punctuation of the Qabyldau desk's screens. " +
  'It is a Modified Version under the SIL Open Font License 1.1 and has its own name, as the ' +
  'licence reserves the names "PT Sans" and "ParaType".';

/**
 * A subset's name strings, from the full TTF's: the names of FONT_NAME_IDS made from FAMILY, the
 * credits and the licence kept, the description replaced; on each platform the TTF has.
 */
export function subsetNames(original: readonly NameRecord[], face: Face): NameRecord[] {
  const version = original.find((r) => r.nameID === 5)?.text ?? '';
  const names: Record<number, string> = {
    1: FAMILY,
    2: face.style,
    3: `${FAMILY} ${face.style}: ${version}: subset for the Qabyldau desk`,
    4: `${FAMILY} ${face.style}`,
    6: subsetPostscriptName(face),
    10: DESCRIPTION,
  };
  const kept = original.filter((r) => CREDIT_IDS.includes(r.nameID) || r.nameID in names);
  const made = kept.map((r) => (r.nameID in names ? { ...r, text: names[r.nameID] as string } : r));
  // A platform of the TTF that had no description gets one too.
  for (const r of kept.filter(
    (r) => r.nameID === 1 && !kept.some((k) => k.nameID === 10 && k.platformID === r.platformID),
  )) {
    made.push({ ...r, nameID: 10, text: DESCRIPTION });
  }
  return made;
}

/** `U+20-7E, U+A0-FF, …`: code points as the ranges of a `unicode-range`. */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const c of sorted) {
    const last = ranges.at(-1);
    if (last && last[1] === c - 1) last[1] = c;
    else ranges.push([c, c]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase();
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

export interface WebFaces {
  /** File name (in STYLES_DIR/fonts) → its bytes. */
  files: Map<string, Buffer>;
  /** The @font-face rules, as STYLES_DIR/fonts.css holds them. */
  css: string;
  /** Per face, the code points its subset holds. */
  covered: Map<string, ReadonlySet<number>>;
}

/** The @font-face rule of one file of a face. */
function rule(face: Face, src: string, format: string, codePoints: Iterable<number>): string {
  const range = `  unicode-range: ${unicodeRange(codePoints)};`;
  return [
    '@font-face {',
    `  font-family: "${FAMILY}";`,
    `  src: url("${src}") format("${format}");`,
    `  font-weight: ${face.weight};`,
    '  font-style: normal;',
    // The text waits (at most Chromium's 3 s) for its font instead of being drawn in another font
    // and jumping when it comes: README, "Speed", Renderer.
    '  font-display: block;',
    // As Biome formats it: the list on a line of its own when it is longer than a line.
    range.length <= 110 ? range : `  unicode-range:\n    ${range.slice('  unicode-range: '.length)}`,
    '}',
  ].join('\n');
}

/** The subsets and their rules, made from the TTFs (what `npm run fonts` writes). */
export async function makeWebFaces(): Promise<WebFaces> {
  const files = new Map<string, Buffer>();
  const covered = new Map<string, ReadonlySet<number>>();
  const rules: string[] = [];
  for (const face of FACES) {
    const ttf = fs.readFileSync(path.join(TTF_DIR, `${face.name}.ttf`));
    const font = fontkit.create(ttf);
    if ('fonts' in font) throw new Error(`${face.name}.ttf: expected one font, got a collection`);
    const all = new Set(font.characterSet);
    const kept = new Set([...SCREEN_CHARACTERS].filter((c) => all.has(c)));
    const rest = [...all].filter((c) => !kept.has(c) && c >= 0x20);
    const text = String.fromCodePoint(...kept);
    // Renamed first, then subset to WOFF2: HarfBuzz keeps the name records it is told to keep
    // (by default only IDs 0–6, which would drop the licence) and writes no name of its own.
    const names = subsetNames(readNameRecords(ttf), face);
    const renamed = replaceNameTable(ttf, names);
    const preserveNameIds = [...new Set(names.map((r) => r.nameID))];
    files.set(subsetFile(face), await subsetFont(renamed, text, { targetFormat: 'woff2', preserveNameIds }));
    covered.set(face.name, kept);
    rules.push(rule(face, `./fonts/${subsetFile(face)}`, 'woff2', kept));
    rules.push(rule(face, `../../../assets/fonts/${face.name}.ttf`, 'truetype', rest));
  }
  const css = [
    "/* Made by `npm run fonts` (scripts/fonts-build.ts) from assets/fonts: do not edit. The screens'",
    '   font: per face a WOFF2 subset of PT Sans renamed Qabyldau Sans, as the OFL reserves the name',
    "   (Latin, Latin-1, Cyrillic with every Kazakh letter, the desk's punctuation), and the full,",
    '   unmodified PT Sans TTF for its other characters, fetched only when one is on the screen. */',
    '',
    rules.join('\n\n'),
    '',
  ].join('\n');
  return { files, css, covered };
}

/** Writes the subsets and fonts.css; the names of the files written. */
export async function writeWebFaces(): Promise<string[]> {
  const made = await makeWebFaces();
  fs.mkdirSync(path.join(STYLES_DIR, 'fonts'), { recursive: true });
  const written: string[] = [];
  for (const [name, bytes] of made.files) {
    fs.writeFileSync(path.join(STYLES_DIR, 'fonts', name), bytes);
    written.push(`renderer/src/styles/fonts/${name} (${(bytes.length / 1024).toFixed(1)} KB)`);
  }
  fs.writeFileSync(path.join(STYLES_DIR, CSS_FILE), made.css);
  written.push(`renderer/src/styles/${CSS_FILE}`);
  return written;
}

if (import.meta.main) {
  for (const line of await writeWebFaces()) console.log(`fonts: wrote ${line}`);
}
