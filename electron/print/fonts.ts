// PT Sans (ParaType, SIL OFL) for every printed document. pdfkit's 14 standard fonts turn
// Cyrillic into garbage without an error (FACTS.md); PT Sans was made for the languages of
// Russia and Kazakhstan and has every Kazakh letter (ә ғ қ ң ө ұ ү һ і and the capitals).
//
// Parsed once per process: pdfkit 0.20 accepts an already parsed fontkit font wherever it
// takes a font file (PDFFontFactory.open: "typeof src?.layout === 'function'"). Re-parsing the
// TTF per document was most of the ~19 ms a talon cost (FACTS.md). Subset once per process too:
// pdfkit subsets the font anew for every document (decoding each glyph again and deflating the
// file), which was then most of what a talon cost; here each face's subset of every character
// the desk writes is made and deflated once, and pdfkit's words already laid out are shared.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import type * as fontkit from 'fontkit';
import { lazyModule } from '../kernel/lazy-module.ts';
import { withoutHints } from './unhinted.ts';

/** fontkit, loaded by the first font parsed (kernel/lazy-module.ts). */
const fontkitModule = lazyModule<typeof fontkit>('fontkit');

export const REGULAR = 'PTSans-Regular';
export const BOLD = 'PTSans-Bold';
const MARKER = path.join('fonts', `${REGULAR}.ttf`);

/**
 * The folder that holds fonts/PTSans-Regular.ttf: $QABYLDAU_ASSETS when set, otherwise the
 * first `assets/` found walking up from this module — the repository's assets/ both for the
 * .ts source (electron/print/) and for the bundle (out/main/), and `app.asar/assets` in a
 * packaged app (electron-builder `files: assets/fonts/**`).
 */
export function findAssetsDir(
  env: NodeJS.ProcessEnv = process.env,
  start: string = import.meta.dirname ?? path.dirname(fileURLToPath(import.meta.url)),
): string {
  const fromEnv = env.QABYLDAU_ASSETS?.trim();
  if (fromEnv) {
    if (fs.existsSync(path.join(fromEnv, MARKER))) return path.resolve(fromEnv);
    throw new Error(`QABYLDAU_ASSETS is ${fromEnv}, but ${MARKER} is not in it`);
  }
  for (let dir = path.resolve(start); ; ) {
    if (fs.existsSync(path.join(dir, 'assets', MARKER))) return path.join(dir, 'assets');
    const up = path.dirname(dir);
    if (up === dir) {
      throw new Error(
        `assets/${MARKER} not found in ${start} or above: set QABYLDAU_ASSETS to the assets folder`,
      );
    }
    dir = up;
  }
}

/**
 * Parses a TTF for reuse by many documents. fontkit caches a glyph object per glyph id with the
 * characters it was first met for, and pdfkit writes those characters into the PDF's ToUnicode
 * map (what copy, search and pdftotext read). When a document's subset is written, the parts of
 * composite glyphs are fetched with no characters — И inside Й — and cached so; the next
 * document that typed И then got a blank in its text layer (seen: "НЕДОСТАЮЩ Х"). So every
 * glyph of the character map is created first, with its character.
 */
export function parseFont(buffer: Uint8Array): fontkit.Font {
  const font = fontkitModule().create(buffer);
  if ('fonts' in font) throw new Error('expected one font, got a font collection');
  for (const codePoint of font.characterSet) font.glyphForCodePoint(codePoint);
  return font;
}

export interface DeskFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
}

let loaded: DeskFonts | undefined;
/** How many times the TTF files were read and parsed in this process (a test reads it). */
export let fontParses = 0;

/** The two faces, read and parsed on first use and kept for the life of the process. */
export function deskFonts(): DeskFonts {
  if (!loaded) {
    const dir = path.join(findAssetsDir(), 'fonts');
    loaded = {
      regular: parseFont(fs.readFileSync(path.join(dir, `${REGULAR}.ttf`))),
      bold: parseFont(fs.readFileSync(path.join(dir, `${BOLD}.ttf`))),
    };
    fontParses++;
  }
  return loaded;
}

/**
 * Every character the desk's papers are written in: ASCII, the Russian and the Kazakh
 * alphabets and the punctuation of both languages. Their glyphs (and the fi and fl ligatures
 * the font puts in their place) are subset once per process; a document that uses only these
 * embeds that subset as it is. Anything else (a name with Ў or é) still prints: that document
 * makes its own larger subset.
 */
export const DESK_CHARACTERS = [
  Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join(''),
  'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя',
  'ӘҒҚҢӨҰҮҺІәғқңөұүһі',
  '\u00a0«»§°±×–—‘’‚“”„…•№−≤≥',
].join('');

/** A face's subset of DESK_CHARACTERS, made once; what each document's embedded font starts from. */
export interface PreparedFace {
  font: fontkit.Font;
  /** Font glyph ids in subset order (gid), .notdef and the parts of composite glyphs included. */
  glyphs: readonly number[];
  gidOf: ReadonlyMap<number, number>;
  /** The subset as a TrueType file, deflated: the PDF's FontFile2 stream as it is written. */
  fontFile: Buffer;
  /** Per gid, in PDF units (1000 per em), and the characters each gid stands for (ToUnicode). */
  widths: readonly number[];
  unicode: readonly (readonly number[])[];
  /** The ToUnicode map of the prepared glyphs, deflated: the same in every document. */
  toUnicode?: Buffer;
  /** pdfkit's cache of laid-out words, shared by every document (it is read, never changed). */
  layoutCache: Record<string, unknown>;
  /** Documents that used the face, to look at the cache's size now and then, not each time. */
  documents: number;
}

const LAYOUT_CACHE_WORDS = 20_000;

/** Makes the fixed subset of a face: glyphs of DESK_CHARACTERS, their ligatures and their parts. */
function prepareFace(font: fontkit.Font): PreparedFace {
  const subset = font.createSubset();
  for (const ch of DESK_CHARACTERS)
    subset.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0) as number).id);
  for (const g of font.layout(`${DESK_CHARACTERS} fi fl`).glyphs) subset.includeGlyph(g.id);
  // Encoding adds the parts of composite glyphs (И inside Й) at the end of the list.
  const ttf = subset.encode();
  const glyphs = [...subset.glyphs];
  const scale = 1000 / font.unitsPerEm;
  return {
    font,
    glyphs,
    gidOf: new Map(glyphs.map((id, gid) => [id, gid])),
    fontFile: deflateSync(withoutHints(ttf)),
    widths: glyphs.map((id) => font.getGlyph(id).advanceWidth * scale),
    unicode: glyphs.map((id) => font.getGlyph(id).codePoints),
    layoutCache: Object.create(null),
    documents: 0,
  };
}

let prepared: Map<fontkit.Font, PreparedFace> | undefined;

function preparedFaces(): Map<fontkit.Font, PreparedFace> {
  if (!prepared) {
    const f = deskFonts();
    prepared = new Map([f.regular, f.bold].map((font) => [font, prepareFace(font)]));
  }
  return prepared;
}

/** Both faces' prepared subsets, made on first use (page-writer.ts embeds them as they are). */
export function preparedDeskFaces(): { regular: PreparedFace; bold: PreparedFace } {
  const f = deskFonts();
  const faces = preparedFaces();
  return { regular: faces.get(f.regular) as PreparedFace, bold: faces.get(f.bold) as PreparedFace };
}

/** How many documents had to make their own subset (a character outside DESK_CHARACTERS). */
export let ownSubsets = 0;

/**
 * The subset a document's embedded font writes: the prepared one, with any glyph outside it
 * appended after it; only then is a TrueType file encoded for this document alone.
 */
class DeskSubset {
  readonly cff = null;
  readonly extra: number[] = [];
  private readonly extraGid = new Map<number, number>();
  private readonly face: PreparedFace;

  constructor(face: PreparedFace) {
    this.face = face;
  }

  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'number' ? glyph : glyph.id;
    const gid = this.face.gidOf.get(id) ?? this.extraGid.get(id);
    if (gid !== undefined) return gid;
    this.extra.push(id);
    this.extraGid.set(id, this.face.glyphs.length + this.extra.length - 1);
    return this.face.glyphs.length + this.extra.length - 1;
  }

  /** Deflated TrueType bytes (the embedding below marks the stream FlateDecode). */
  encode(): Buffer {
    if (this.extra.length === 0) return this.face.fontFile;
    ownSubsets++;
    const own = this.face.font.createSubset();
    for (const id of [...this.face.glyphs, ...this.extra]) own.includeGlyph(id);
    return deflateSync(withoutHints(own.encode()));
  }
}

/** The part of pdfkit's EmbeddedFont (pdfkit 0.20, js/pdfkit.js) that is set up here. */
interface EmbeddedFont {
  font: unknown;
  toUnicodeCmap(): unknown;
  subset: unknown;
  widths: number[];
  unicode: (readonly number[])[];
  layoutCache?: Record<string, unknown>;
  document: {
    ref(data?: object): {
      data: Record<string, unknown>;
      compress: boolean;
      end(chunk?: Uint8Array | string): void;
    };
  };
  embed(): void;
  layout(text: string, features?: unknown, onlyWidth?: boolean): LaidOut;
  layoutRun(text: string, features?: unknown): LaidOut;
  layoutCached(text: string): LaidOut;
}

interface LaidOut {
  glyphs: unknown[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}

/**
 * pdfkit's EmbeddedFont.layout, the same words and the same result, without its cost per
 * character (an array made to test for a space) and per word (the line's glyphs copied again
 * with each word): a line of text was laid out in time growing with its words squared.
 */
function layoutWords(this: EmbeddedFont, text: string, features?: unknown, onlyWidth?: boolean): LaidOut {
  if (features) return this.layoutRun(text, features);
  const glyphs: unknown[] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  let last = 0;
  for (let index = 0; index <= text.length; ) {
    const ch = text.charAt(index);
    if ((index === text.length && last < index) || ch === ' ' || ch === '\t') {
      const run = this.layoutCached(text.slice(last, ++index));
      if (glyphs && positions && run.glyphs && run.positions) {
        for (const g of run.glyphs) glyphs.push(g);
        for (const p of run.positions) positions.push(p);
      }
      advanceWidth += run.advanceWidth;
      last = index;
    } else {
      index++;
    }
  }
  return { glyphs, positions, advanceWidth };
}

/**
 * pdfkit writes the font file as the first object of embed() and deflates it for every
 * document; the prepared file is deflated already, so that one object is marked so instead.
 */
function embedDeflated(this: EmbeddedFont): void {
  const doc = this.document;
  const ref = doc.ref;
  doc.ref = (data) => {
    doc.ref = ref;
    const fontFile = ref.call(doc, data);
    fontFile.data.Filter = 'FlateDecode';
    fontFile.compress = false;
    return fontFile;
  };
  try {
    (Object.getPrototypeOf(this) as EmbeddedFont).embed.call(this);
  } finally {
    doc.ref = ref;
  }
}

/**
 * pdfkit's ToUnicode map, written and deflated once per face for the prepared glyphs; a
 * document with glyphs of its own makes its own.
 */
function toUnicodeOnce(this: EmbeddedFont, face: PreparedFace): unknown {
  const own = (Object.getPrototypeOf(this) as EmbeddedFont).toUnicodeCmap;
  if (!(this.subset instanceof DeskSubset) || this.subset.extra.length > 0) return own.call(this);
  if (!face.toUnicode) {
    let text = '';
    const capture = {
      unicode: face.unicode,
      document: {
        ref: () => ({ data: {}, compress: false, end: (t?: Uint8Array | string) => (text = String(t)) }),
      },
    };
    own.call(capture as unknown as EmbeddedFont);
    // pdfkit ends a written string with a line feed.
    face.toUnicode = deflateSync(Buffer.from(`${text}\n`, 'latin1'));
  }
  const cmap = this.document.ref({ Filter: 'FlateDecode' });
  cmap.end(face.toUnicode);
  return cmap;
}

/** Points a document's embedded face at the prepared subset and the shared word layouts. */
function adopt(embedded: EmbeddedFont, face: PreparedFace): void {
  embedded.subset = new DeskSubset(face);
  embedded.widths = [...face.widths];
  embedded.unicode = [...face.unicode];
  if (embedded.layoutCache) {
    // Names come and go; the templates' words stay. Start over rather than grow without end.
    if (++face.documents % 1000 === 0 && Object.keys(face.layoutCache).length > LAYOUT_CACHE_WORDS) {
      face.layoutCache = Object.create(null);
    }
    embedded.layoutCache = face.layoutCache;
  }
  embedded.embed = embedDeflated;
  embedded.toUnicodeCmap = function (this: EmbeddedFont) {
    return toUnicodeOnce.call(this, face);
  };
  embedded.layout = layoutWords;
}

/**
 * Registers both faces on a document under REGULAR and BOLD, each embedded from its prepared
 * subset. The cast is the one place where @types/pdfkit (0.17) lags pdfkit 0.20, which takes a
 * parsed fontkit font as a font source.
 */
export function registerDeskFonts(doc: PDFKit.PDFDocument): void {
  const f = deskFonts();
  const faces = preparedFaces();
  for (const [name, font] of [
    [BOLD, f.bold],
    [REGULAR, f.regular],
  ] as const) {
    doc.registerFont(name, font as unknown as PDFKit.Mixins.PDFFontSource);
    doc.font(name);
    const embedded = (doc as unknown as { _font: EmbeddedFont })._font;
    const face = faces.get(font);
    if (embedded.font === font && face && !(embedded.subset instanceof DeskSubset)) adopt(embedded, face);
  }
}

/**
 * How many glyphs outside the prepared subsets a document has set so far (their numbers are
 * its own, so what drew them is not reused by another document: fragments.ts).
 */
export function usesOwnGlyphs(doc: PDFKit.PDFDocument): number {
  let n = 0;
  for (const font of Object.values(
    (doc as unknown as { _fontFamilies: Record<string, EmbeddedFont> })._fontFamilies,
  ))
    if (font.subset instanceof DeskSubset) n += font.subset.extra.length;
  return n;
}

/**
 * The characters of `text` the font has no glyph for (each once, in order). A missing glyph
 * prints as blank with no error (FACTS.md), so templates are checked by tests with this.
 */
export function missingGlyphs(font: fontkit.Font, text: string): string[] {
  const missing = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    // Line breaks and tabs are layout, not glyphs.
    if (cp < 0x20) continue;
    if (!font.hasGlyphForCodePoint(cp)) missing.add(ch);
  }
  return [...missing];
}
