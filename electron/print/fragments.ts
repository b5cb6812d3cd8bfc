// A paper's fixed parts laid out once per process (issue 12): what a block drew on the page —
// its content-stream operators — is kept with where it was drawn, and the next document that
// draws the same block on the same sheet at the same scale writes those bytes again instead of
// setting the text anew, moved to its own place by one translation (`cm`). The office's name,
// the titles, the list of documents, the notice and the footer of a talon are so laid out once;
// the names, the number, the dates and the survey code are laid out per document.
//
// A recording is used only where it is valid as it stands:
// - the block drew nothing past the page's bottom margin where it was recorded, and it is now
//   placed no lower (every "does it fit" test of a block is `y + height > bottom`, so it passes
//   higher up too; lower down the block is drawn for real, and recorded there);
// - it wrote only glyphs of the prepared subset (fonts.ts), whose numbers are the same in every
//   document, and the document's fonts carry the same names (F1, F2…) as where it was recorded.

import { BOLD, REGULAR, usesOwnGlyphs } from './fonts.ts';

interface Recording {
  /** The block's operators as written to the page, drawn at `y0`. */
  bytes: Uint8Array;
  y0: number;
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

/** Enough for every block of every paper of a few offices' settings; then it starts over. */
const MAX_RECORDINGS = 4000;
const recordings = new Map<string, Recording>();

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
 * depends on but its place down the page (its text, sizes, scale); the sheet's size and
 * margins are added here.
 */
export function drawRecorded(doc: PDFKit.PDFDocument, key: string, draw: () => void): void {
  const d = doc as unknown as PdfkitInternals;
  const page = d.page;
  const { margins } = page;
  const fullKey = `${page.width}x${page.height}|${margins.left},${margins.right},${margins.bottom}|${key}`;
  const known = recordings.get(fullKey);
  if (known && d.y <= known.y0 && fontsMatch(d, known)) {
    fragmentStats.replayed++;
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
  if (recordings.size >= MAX_RECORDINGS) recordings.clear();
  recordings.set(fullKey, {
    bytes: Buffer.concat(page.content.buffer.slice(from)),
    y0,
    advance: d.y - y0,
    x: d.x,
    fonts,
    face,
    size: d._fontSize,
  });
}
