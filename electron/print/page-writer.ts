// Our own PDF writer for the one-page papers (issue 12): a talon or a ticket is one page of
// text in the two faces of the prepared subset (fonts.ts), a few lines and rectangles and a QR
// code. Everything about the fonts — the TrueType subsets, their widths, descriptors and
// ToUnicode maps — is the same bytes in every document, so those ten objects are written once
// per process with their offsets; a document writes only its page, its content stream, its
// Info and catalog and the cross-reference table. The objects are what pdfkit wrote for the
// same paper (Type0 fonts with Identity-H, text as glyph numbers of the prepared subset), so
// copying, searching and pdftotext read the text as before.

import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import type * as fontkit from 'fontkit';
import { type PreparedFace, preparedDeskFaces } from './fonts.ts';
import type { Face } from './line-setting.ts';

/** pdfkit's number(): six decimals at most, as the content stream writes them. */
export function num(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** What the descriptor reads of a face (fontkit's tables, which fontkit.d.ts does not name). */
interface FontTables {
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  italicAngle: number;
  capHeight: number;
  xHeight: number;
  ascent: number;
  post: { isFixedPitch: number | boolean };
  head: { macStyle: { italic: boolean } };
  'OS/2'?: { sFamilyClass?: number };
}

function hex4(n: number): string {
  return `0000${n.toString(16)}`.slice(-4);
}

/** The ToUnicode CMap of the prepared glyphs, as pdfkit writes it (what pdftotext reads). */
function toUnicodeCmap(unicode: readonly (readonly number[])[]): string {
  const entries = unicode.map((codePoints) => {
    const encoded: string[] = [];
    for (let value of codePoints) {
      if (value > 0xffff) {
        value -= 0x10000;
        encoded.push(hex4(((value >>> 10) & 0x3ff) | 0xd800));
        value = 0xdc00 | (value & 0x3ff);
      }
      encoded.push(hex4(value));
    }
    return `<${encoded.join(' ')}>`;
  });
  const ranges: string[] = [];
  for (let start = 0; start < entries.length; start += 256) {
    const end = Math.min(start + 256, entries.length);
    ranges.push(`<${hex4(start)}> <${hex4(end - 1)}> [${entries.slice(start, end).join(' ')}]`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo <<',
    '  /Registry (Adobe)',
    '  /Ordering (UCS)',
    '  /Supplement 0',
    '>> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000><ffff>',
    'endcodespacerange',
    `${ranges.length} beginbfrange`,
    ...ranges,
    'endbfrange',
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** Objects numbered from 1, written one after the other; offsets are from the file's start. */
class ObjectWriter {
  readonly chunks: Buffer[] = [];
  readonly offsets: number[] = [];
  length: number;

  constructor(start: number) {
    this.length = start;
  }

  private push(b: Buffer): void {
    this.chunks.push(b);
    this.length += b.length;
  }

  object(id: number, body: string): void {
    this.offsets[id - 1] = this.length;
    this.push(Buffer.from(`${id} 0 obj\n${body}\nendobj\n`, 'latin1'));
  }

  stream(id: number, dict: string, data: Uint8Array): void {
    this.offsets[id - 1] = this.length;
    this.push(
      Buffer.from(
        `${id} 0 obj\n<<\n/Length ${data.length}\n/Filter /FlateDecode${dict}\n>>\nstream\n`,
        'latin1',
      ),
    );
    this.push(Buffer.from(data.buffer, data.byteOffset, data.length));
    this.push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }
}

const HEADER = Buffer.from('%PDF-1.3\n%\xff\xff\xff\xff\n', 'latin1');
/** Objects 1–10: the two faces, five objects each; the document's own objects follow. */
const FONT_OBJECTS = 10;

/** Writes one face's five objects from `first` on; returns the Type0 font's number. */
function writeFace(w: ObjectWriter, first: number, face: PreparedFace, id: string): number {
  const t = face.font as unknown as FontTables & fontkit.Font;
  const scale = 1000 / t.unitsPerEm;
  const familyClass = (t['OS/2']?.sFamilyClass ?? 0) >> 8;
  let flags = 0;
  if (t.post.isFixedPitch) flags |= 1;
  if (familyClass >= 1 && familyClass <= 7) flags |= 2;
  flags |= 4;
  if (familyClass === 10) flags |= 8;
  if (t.head.macStyle.italic) flags |= 64;
  // pdfkit's subset tag from the font's id in the document (F1 → BZZZZZ).
  const tag = [1, 2, 3, 4, 5, 6].map((i) => String.fromCharCode((id.charCodeAt(i) || 73) + 17)).join('');
  const name = `${tag}+${t.postscriptName.replaceAll(' ', '_')}`;
  const [file, descriptor, cid, cmap, type0] = [first, first + 1, first + 2, first + 3, first + 4];
  w.stream(file, '', face.fontFile);
  const b = t.bbox;
  w.object(
    descriptor,
    [
      '<<',
      '/Type /FontDescriptor',
      `/FontName /${name}`,
      `/Flags ${flags}`,
      `/FontBBox [${[b.minX, b.minY, b.maxX, b.maxY].map((v) => num(v * scale)).join(' ')}]`,
      `/ItalicAngle ${num(t.italicAngle)}`,
      `/Ascent ${num(t.ascent * scale)}`,
      `/Descent ${num(t.descent * scale)}`,
      `/CapHeight ${num((t.capHeight || t.ascent) * scale)}`,
      `/XHeight ${num((t.xHeight || 0) * scale)}`,
      '/StemV 0',
      `/FontFile2 ${file} 0 R`,
      '>>',
    ].join('\n'),
  );
  w.object(
    cid,
    [
      '<<',
      '/Type /Font',
      '/Subtype /CIDFontType2',
      `/BaseFont /${name}`,
      '/CIDSystemInfo <<',
      '/Registry (Adobe)',
      '/Ordering (Identity)',
      '/Supplement 0',
      '>>',
      `/FontDescriptor ${descriptor} 0 R`,
      `/W [0 [${face.widths.map(num).join(' ')}]]`,
      '/CIDToGIDMap /Identity',
      '>>',
    ].join('\n'),
  );
  face.toUnicode ??= deflateSync(Buffer.from(`${toUnicodeCmap(face.unicode)}\n`, 'latin1'));
  w.stream(cmap, '', face.toUnicode);
  w.object(
    type0,
    [
      '<<',
      '/Type /Font',
      '/Subtype /Type0',
      `/BaseFont /${name}`,
      '/Encoding /Identity-H',
      `/DescendantFonts [${cid} 0 R]`,
      `/ToUnicode ${cmap} 0 R`,
      '>>',
    ].join('\n'),
  );
  return type0;
}

/** The faces as line setting sees them, and the fonts' objects written once. */
export interface PageFonts {
  regular: Face;
  bold: Face;
  /** The header and objects 1–10. */
  bytes: Buffer;
  offsets: readonly number[];
  resources: string;
}

let pageFonts: PageFonts | undefined;

function faceOf(face: PreparedFace, id: string, index: number): Face {
  const scale = 1000 / face.font.unitsPerEm;
  return {
    id,
    index,
    font: face.font,
    gidOf: face.gidOf,
    ascender: face.font.ascent * scale,
    descender: face.font.descent * scale,
    lineGap: face.font.lineGap * scale,
    runs: new Map(),
    chars: new Map(),
    pairs: new Map(),
  };
}

/** The fonts of every one-page paper, made on the first paper of the process. */
export function deskPageFonts(): PageFonts {
  if (!pageFonts) {
    const { regular, bold } = preparedDeskFaces();
    const w = new ObjectWriter(HEADER.length);
    const f1 = writeFace(w, 1, regular, 'F1');
    const f2 = writeFace(w, 6, bold, 'F2');
    pageFonts = {
      regular: faceOf(regular, 'F1', 0),
      bold: faceOf(bold, 'F2', 1),
      bytes: Buffer.concat([HEADER, ...w.chunks]),
      offsets: w.offsets,
      resources: `<<\n/ProcSet [/PDF /Text /ImageB /ImageC /ImageI]\n/Font <<\n/F1 ${f1} 0 R\n/F2 ${f2} 0 R\n>>\n>>`,
    };
  }
  return pageFonts;
}

const ESCAPED: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\\': '\\\\',
  '(': '\\(',
  ')': '\\)',
};

/** A PDF text string: PDFDocEncoding's ASCII as it is, anything else UTF-16BE with its mark. */
export function pdfString(text: string): string {
  let bytes = text;
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) <= 0x7f;
  if (!ascii) {
    const b = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
    bytes = b.toString('latin1');
  }
  return `(${bytes.replace(/[\n\r\t\b\f\\()]/g, (c) => ESCAPED[c] as string)})`;
}

function pdfDate(d: Date): string {
  const p = (n: number, w: number) => String(n).padStart(w, '0');
  return `(D:${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1, 2)}${p(d.getUTCDate(), 2)}${p(d.getUTCHours(), 2)}${p(d.getUTCMinutes(), 2)}${p(d.getUTCSeconds(), 2)}Z)`;
}

export interface OnePage {
  width: number;
  height: number;
  /** The page's operators, one a line, in PDF's own coordinates. */
  content: string;
  lang: string;
  title: string;
  /** The desk's clock: the same paper prints the same bytes. */
  createdAt: Date;
}

/** The whole PDF of one page. */
export function writeOnePage(p: OnePage): Buffer {
  const fonts = deskPageFonts();
  const w = new ObjectWriter(fonts.bytes.length);
  const id = FONT_OBJECTS;
  const [pages, page, contents, info, catalog] = [id + 1, id + 2, id + 3, id + 4, id + 5];
  w.object(pages, `<<\n/Type /Pages\n/Count 1\n/Kids [${page} 0 R]\n>>`);
  w.object(
    page,
    `<<\n/Type /Page\n/Parent ${pages} 0 R\n/MediaBox [0 0 ${num(p.width)} ${num(p.height)}]\n/Contents ${contents} 0 R\n/Resources ${fonts.resources}\n/UserUnit 1\n>>`,
  );
  // The fastest level: a fifth of the default's time for ~700 bytes more on a talon.
  w.stream(contents, '', deflateSync(Buffer.from(p.content, 'latin1'), { level: 1 }));
  const title = pdfString(p.title);
  w.object(
    info,
    `<<\n/Producer (Qabyldau)\n/Creator (Qabyldau)\n/CreationDate ${pdfDate(p.createdAt)}\n/Title ${title}\n>>`,
  );
  w.object(
    catalog,
    `<<\n/Type /Catalog\n/Pages ${pages} 0 R\n/Lang ${pdfString(p.lang)}\n/ViewerPreferences <<\n/DisplayDocTitle true\n>>\n>>`,
  );
  // pdfkit's file identifier: a digest of the Info, so the same paper gets the same one.
  const fileId = createHash('md5')
    .update(
      `${p.createdAt.getTime()}\nProducer: Qabyldau\nCreator: Qabyldau\nCreationDate: ${p.createdAt.getTime()}\nTitle: ${p.title}\n`,
    )
    .digest('hex');
  const offsets = [...fonts.offsets, ...w.offsets.slice(FONT_OBJECTS)];
  const xref = [
    'xref',
    `0 ${offsets.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${`0000000000${o}`.slice(-10)} 00000 n `),
    'trailer',
    `<<\n/Size ${offsets.length + 1}\n/Root ${catalog} 0 R\n/Info ${info} 0 R\n/ID [<${fileId}> <${fileId}>]\n>>`,
    'startxref',
    String(w.length),
    '%%EOF',
    '',
  ].join('\n');
  return Buffer.concat([fonts.bytes, ...w.chunks, Buffer.from(xref, 'latin1')]);
}
