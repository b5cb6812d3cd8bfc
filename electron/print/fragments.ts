// A paper's fixed parts laid out once per process (issue 12): what a block drew on the page —
// its content-stream operators — is kept with where it was drawn, and the next document that
// draws the same block on the same sheet at the same scale writes those bytes again instead of
// setting the text anew, moved to its own place by one translation (`cm`). The office's name,
// the titles, the list of documents, the notice and the footer of a talon are so laid out once;
// the names, the number, the dates and the survey code are laid out per document.
//
// The page's content stream is deflated from the same pieces: each recording is deflated once,
// on its own (a full flush: no reference to what comes before), and a page's stream is those
// pieces joined, with what was laid out for this document alone stored as it is (a few hundred
// bytes: the names, the number, the dates). Deflating the whole page anew was a third of a talon.
//
// A recording is used only where it is valid as it stands:
// - the block turned no page where it was recorded, and it now has at least as much room below
//   it to the bottom margin (every "does it fit" test of a block is `y + height > bottom`, so it
//   passes with more room too; with less the block is drawn for real, and recorded there). The
//   bytes do not depend on the page's height (pdfkit's text sets its own flip of the page), so
//   the tall scratch page that measures a talon writes what the talon's sheet recorded;
// - it wrote only glyphs of the prepared subset (fonts.ts), whose numbers are the same in every
//   document, and the document's fonts carry the same names (F1, F2…) as where it was recorded.

import { constants, deflateRawSync } from 'node:zlib';
import { BOLD, REGULAR, usesOwnGlyphs } from './fonts.ts';

interface Recording {
  /** The block's operators as written to the page, drawn at `y0` with `room` below it. */
  bytes: Uint8Array;
  y0: number;
  room: number;
  /** doc.y after the block (its gap included), less y0. */
  advance: number;
  /** doc.x after the block (no block's x depends on where it starts down the page). */
  x: number;
  /** The fonts the block put in the page's resources: their name in the document, and ours. */
  fonts: readonly (readonly [id: string, face: string])[];
  /** The font and size set when the block ended. */
  face: string;
  size: number;
}

/**
 * Recordings by sheet box and scale, then by block; the least recently used half of each goes
 * when there are more than this (the names of many people pass; the templates' blocks stay).
 */
const MAX_RECORDINGS = 4000;
const recordings = new Map<string, Map<string, Recording>>();
let recordingCount = 0;
/** Every recording's bytes, to know them among a page's chunks. */
const recorded = new WeakSet<Uint8Array>();

function forgetOldest(): void {
  recordingCount = 0;
  for (const group of recordings.values()) {
    let drop = Math.ceil(group.size / 2);
    for (const key of group.keys()) {
      if (drop-- <= 0) break;
      group.delete(key);
    }
    recordingCount += group.size;
  }
}

/** Blocks drawn from a recording, and drawn for real (a test reads them). */
export const fragmentStats = { replayed: 0, drawn: 0 };

interface PdfkitInternals {
  page: {
    width: number;
    height: number;
    margins: { left: number; right: number; top: number; bottom: number };
    content: { buffer: Uint8Array[]; write(chunk: string | Uint8Array): void };
    resources: { data: { Font?: Record<string, unknown> } };
    fonts: Record<string, unknown>;
  };
  x: number;
  y: number;
  _font: { id: string; ref(): unknown };
  _fontSize: number;
  _fontFamilies: Record<string, { id: string; ref(): unknown }>;
}

const FACES = [REGULAR, BOLD] as const;

function pdfNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

function faceOf(d: PdfkitInternals, font: { id: string }): string | undefined {
  return FACES.find((face) => d._fontFamilies[face] === font);
}

function replay(d: PdfkitInternals, r: Recording): void {
  const dy = d.y - r.y0;
  if (dy === 0) d.page.content.write(r.bytes);
  else {
    d.page.content.write(`q 1 0 0 1 0 ${pdfNumber(dy)} cm`);
    d.page.content.write(r.bytes);
    d.page.content.write('Q');
  }
  for (const [id, face] of r.fonts) d.page.fonts[id] ??= d._fontFamilies[face]?.ref();
  d._font = d._fontFamilies[r.face] ?? d._font;
  d._fontSize = r.size;
  d.x = r.x;
  d.y += r.advance;
}

function fontsMatch(d: PdfkitInternals, r: Recording): boolean {
  return (
    r.fonts.every(([id, face]) => d._fontFamilies[face]?.id === id) && d._fontFamilies[r.face] !== undefined
  );
}

/**
 * Draws a block with `draw`, or writes its recording. `key` names the block and everything it
 * depends on but its place down the page and its scale (its kind, text, sizes), `scale` the
 * scale; the sheet's width and margins are added here. The same `key` string for the same
 * block spares hashing it again.
 */
export function drawRecorded(doc: PDFKit.PDFDocument, scale: number, key: string, draw: () => void): void {
  const d = doc as unknown as PdfkitInternals;
  const page = d.page;
  const { margins } = page;
  const groupKey = `${margins.left},${page.width - margins.right}|${scale}`;
  let group = recordings.get(groupKey);
  if (!group) {
    group = new Map();
    recordings.set(groupKey, group);
  }
  const room = page.height - margins.bottom - d.y;
  const known = group.get(key);
  if (known && room >= known.room && fontsMatch(d, known)) {
    fragmentStats.replayed++;
    // Used again: the last to be forgotten.
    group.delete(key);
    group.set(key, known);
    replay(d, known);
    return;
  }
  fragmentStats.drawn++;
  const y0 = d.y;
  const from = page.content.buffer.length;
  const pageFonts = page.resources.data.Font;
  const used: Record<string, unknown> = {};
  page.resources.data.Font = used;
  const ownBefore = usesOwnGlyphs(doc);
  try {
    draw();
  } finally {
    page.resources.data.Font = pageFonts;
    // The page's fonts as pdfkit would have left them.
    for (const [id, ref] of Object.entries(used)) page.fonts[id] ??= ref;
  }
  // A block that turned the page, or set a glyph of this document's own, is not kept.
  if (d.page !== page || usesOwnGlyphs(doc) !== ownBefore) return;
  const fonts: [string, string][] = [];
  for (const id of Object.keys(used)) {
    const face = FACES.find((f) => d._fontFamilies[f]?.id === id);
    if (!face) return;
    fonts.push([id, face]);
  }
  const face = faceOf(d, d._font);
  if (!face) return;
  if (recordingCount >= MAX_RECORDINGS) forgetOldest();
  const bytes = Buffer.concat(page.content.buffer.slice(from));
  recorded.add(bytes);
  if (!known) recordingCount++;
  group.delete(key);
  group.set(key, {
    bytes,
    y0,
    room,
    advance: d.y - y0,
    x: d.x,
    fonts,
    face,
    size: d._fontSize,
  });
}

/** A recording's bytes deflated on their own, and their Adler-32 (RFC 1950). */
interface Packed {
  deflated: Buffer;
  adler: number;
}

const packed = new WeakMap<Uint8Array, Packed>();
const ADLER_MOD = 65521;

function adler32(bytes: Uint8Array, start = 1): number {
  let a = start & 0xffff;
  let b = start >>> 16;
  for (let i = 0; i < bytes.length; ) {
    // 3800 bytes keep the sums within 2^31 before they are reduced.
    const end = Math.min(bytes.length, i + 3800);
    for (; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= ADLER_MOD;
    b %= ADLER_MOD;
  }
  return ((b << 16) | a) >>> 0;
}

/** zlib's adler32_combine: the checksum of A then B from theirs and B's length. */
function adlerCombine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_MOD;
  let a = first & 0xffff;
  let b = (rem * a) % ADLER_MOD;
  a += (second & 0xffff) + ADLER_MOD - 1;
  b += (first >>> 16) + (second >>> 16) + ADLER_MOD - rem;
  a %= ADLER_MOD;
  b %= ADLER_MOD;
  return ((b << 16) | a) >>> 0;
}

function packedRecording(bytes: Uint8Array): Packed {
  let p = packed.get(bytes);
  if (!p) {
    p = { deflated: deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH }), adler: adler32(bytes) };
    packed.set(bytes, p);
  }
  return p;
}

/** Deflate's stored blocks (type 0, at most 65 535 bytes each), not the last block. */
function stored(bytes: Uint8Array, out: Uint8Array[]): void {
  for (let at = 0; at < bytes.length; at += 0xffff) {
    const part = bytes.subarray(at, at + 0xffff);
    const n = part.length;
    out.push(Uint8Array.of(0, n & 0xff, n >>> 8, ~n & 0xff, (~n >>> 8) & 0xff), part);
  }
}

const ZLIB_HEADER = Uint8Array.of(0x78, 0x9c);
/** The last block: an empty stored one. */
const LAST_BLOCK = Uint8Array.of(1, 0, 0, 0xff, 0xff);

/** The deflated content stream of a page whose operators are `chunks`, as PDF's FlateDecode reads it. */
export function deflatePage(chunks: readonly Uint8Array[]): Buffer {
  const out: Uint8Array[] = [ZLIB_HEADER];
  let adler = 1;
  let own: Uint8Array[] = [];
  const flushOwn = () => {
    if (own.length === 0) return;
    const bytes = Buffer.concat(own);
    stored(bytes, out);
    adler = adlerCombine(adler, adler32(bytes), bytes.length);
    own = [];
  };
  for (const chunk of chunks) {
    if (!recorded.has(chunk)) {
      own.push(chunk);
      continue;
    }
    flushOwn();
    const p = packedRecording(chunk);
    out.push(p.deflated);
    adler = adlerCombine(adler, p.adler, chunk.length);
  }
  flushOwn();
  out.push(
    LAST_BLOCK,
    Uint8Array.of(adler >>> 24, (adler >>> 16) & 0xff, (adler >>> 8) & 0xff, adler & 0xff),
  );
  return Buffer.concat(out);
}

interface ContentRef {
  buffer: Uint8Array[];
  compress: boolean;
  data: { Filter?: string; Length?: number };
}

/** Deflates each page's content stream (deflatePage) before pdfkit writes the document. */
export function packPages(doc: PDFKit.PDFDocument): void {
  const pages = (doc as unknown as { _pageBuffer: { content: ContentRef }[] })._pageBuffer;
  for (const { content } of pages) {
    if (!content.compress || content.data.Filter !== 'FlateDecode' || content.buffer.length === 0) continue;
    const bytes = deflatePage(content.buffer);
    content.buffer = [bytes];
    content.compress = false;
    content.data.Length = bytes.length;
  }
}

/** Forgets every recording: the next document lays everything out anew (tests compare the two). */
export function forgetRecordings(): void {
  recordings.clear();
  recordingCount = 0;
}
