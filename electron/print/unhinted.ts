// PT Sans carries hand-made TrueType hints: about 80 % of its glyph data are instructions that
// fit the outlines to a screen's pixel grid at small sizes. A PDF's reader and a printer draw the
// outlines (poppler and pdfium render embedded fonts without hinting; a printer's 300–1200 dpi
// needs none), so the embedded subsets leave them out: each face's file shrinks from ~52 KB to
// ~11 KB deflated, and every paper kept in documents/ (and in each backup's copy of it) with it.
// The outlines, advance widths and glyph numbers are those of the font, byte for byte.

/** TrueType tables that only serve the hints. */
const HINT_TABLES = new Set(['fpgm', 'prep', 'cvt ']);

// Composite glyph flags (OpenType 'glyf').
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

/** One glyph's data without its instructions. */
function glyphWithoutHints(g: Buffer): Buffer {
  if (g.length === 0) return g;
  const contours = g.readInt16BE(0);
  if (contours >= 0) {
    const at = 10 + 2 * contours;
    const length = g.readUInt16BE(at);
    const out = Buffer.alloc(g.length - length);
    g.copy(out, 0, 0, at);
    // instructionLength 0, then the flags and coordinates as they were.
    g.copy(out, at + 2, at + 2 + length);
    return out;
  }
  const out = Buffer.from(g);
  let p = 10;
  let flags: number;
  do {
    flags = out.readUInt16BE(p);
    out.writeUInt16BE(flags & ~WE_HAVE_INSTRUCTIONS, p);
    p += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) p += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) p += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) p += 8;
  } while (flags & MORE_COMPONENTS);
  return out.subarray(0, p);
}

function checksum(b: Buffer): number {
  let sum = 0;
  const padded = b.length % 4 ? Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]) : b;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** A TrueType file (a subset, as fontkit encodes it) with its hints left out. */
export function withoutHints(ttf: Uint8Array): Buffer {
  const font = Buffer.from(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const tables = new Map<string, Buffer>();
  for (let i = 0, n = font.readUInt16BE(4); i < n; i++) {
    const entry = 12 + 16 * i;
    const offset = font.readUInt32BE(entry + 8);
    tables.set(
      font.toString('latin1', entry, entry + 4),
      font.subarray(offset, offset + font.readUInt32BE(entry + 12)),
    );
  }
  const head = Buffer.from(tables.get('head') as Buffer);
  const maxp = Buffer.from(tables.get('maxp') as Buffer);
  const loca = tables.get('loca') as Buffer;
  const glyf = tables.get('glyf') as Buffer;
  const glyphs = maxp.readUInt16BE(4);
  const longLoca = head.readInt16BE(50) === 1;
  const at = (g: number) => (longLoca ? loca.readUInt32BE(4 * g) : 2 * loca.readUInt16BE(2 * g));

  const parts: Buffer[] = [];
  const newLoca = Buffer.alloc(4 * (glyphs + 1));
  let offset = 0;
  for (let g = 0; g < glyphs; g++) {
    newLoca.writeUInt32BE(offset, 4 * g);
    const data = glyphWithoutHints(glyf.subarray(at(g), at(g + 1)));
    parts.push(data);
    offset += data.length;
    if (offset % 4) {
      parts.push(Buffer.alloc(4 - (offset % 4)));
      offset += 4 - (offset % 4);
    }
  }
  newLoca.writeUInt32BE(offset, 4 * glyphs);
  head.writeInt16BE(1, 50);
  head.writeUInt32BE(0, 8);
  // maxSizeOfInstructions
  if (maxp.length >= 28) maxp.writeUInt16BE(0, 26);

  for (const tag of HINT_TABLES) tables.delete(tag);
  tables.set('head', head);
  tables.set('maxp', maxp);
  tables.set('loca', newLoca);
  tables.set('glyf', Buffer.concat(parts));
  return sfnt(tables);
}

/** Writes the tables as one TrueType file, checksums and head's adjustment included. */
function sfnt(tables: Map<string, Buffer>): Buffer {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const power = 2 ** Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + 16 * n);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(n * 16 - power * 16, 10);
  const body: Buffer[] = [];
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag) as Buffer;
    const entry = 12 + 16 * i;
    header.write(tag, entry, 'latin1');
    header.writeUInt32BE(checksum(data), entry + 4);
    header.writeUInt32BE(offset, entry + 8);
    header.writeUInt32BE(data.length, entry + 12);
    const padded = data.length % 4 ? Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]) : data;
    body.push(padded);
    offset += padded.length;
  });
  const file = Buffer.concat([header, ...body]);
  const headAt = header.readUInt32BE(12 + 16 * tags.indexOf('head') + 8);
  file.writeUInt32BE((0xb1b0afba - checksum(file)) >>> 0, headAt + 8);
  return file;
}
