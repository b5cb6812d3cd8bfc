// PT Sans (ParaType, SIL OFL) for every printed document. pdfkit's 14 standard fonts turn
// Cyrillic into garbage without an error (FACTS.md); PT Sans was made for the languages of
// Russia and Kazakhstan and has every Kazakh letter (ә ғ қ ң ө ұ ү һ і and the capitals).
//
// Parsed once per process: pdfkit 0.20 accepts an already parsed fontkit font wherever it
// takes a font file (PDFFontFactory.open: "typeof src?.layout === 'function'"), and each
// document still makes its own subset of it. Re-parsing the TTF per document was most of the
// ~19 ms a talon cost (FACTS.md); with the parsed font it is about half of that.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as fontkit from 'fontkit';
import { lazyModule } from '../kernel/lazy-module.ts';

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

/** The two faces, read and parsed on first use and kept for the life of the process. */
export function deskFonts(): DeskFonts {
  if (!loaded) {
    const dir = path.join(findAssetsDir(), 'fonts');
    loaded = {
      regular: parseFont(fs.readFileSync(path.join(dir, `${REGULAR}.ttf`))),
      bold: parseFont(fs.readFileSync(path.join(dir, `${BOLD}.ttf`))),
    };
  }
  return loaded;
}

/**
 * Registers both faces on a document under REGULAR and BOLD. The cast is the one place where
 * @types/pdfkit (0.17) lags pdfkit 0.20, which takes a parsed fontkit font as a font source.
 */
export function registerDeskFonts(doc: PDFKit.PDFDocument): void {
  const f = deskFonts();
  doc.registerFont(REGULAR, f.regular as unknown as PDFKit.Mixins.PDFFontSource);
  doc.registerFont(BOLD, f.bold as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font(REGULAR);
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
