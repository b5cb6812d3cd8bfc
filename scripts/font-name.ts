// The `name` table of a TrueType font, read and replaced (OpenType spec, "name" and "The table
// directory"). The screens' subsets of PT Sans are Modified Versions under the SIL OFL, which
// may not bear the Reserved Font Names "PT Sans" and "ParaType": scripts/fonts-build.ts gives
// them their own name with replaceNameTable before subsetting them. HarfBuzz's subsetter (subset-
// font) keeps the name records it is told to keep but cannot write new ones.
//
// Only what a name table needs: format 0, strings of platform 0 (Unicode) and 3 (Windows,
// UTF-16BE), and of platform 1 encoding 0 (Mac Roman) in its ASCII part and the three signs a
// copyright or trademark line uses. Anything else is an error, never a garbled name.

/** One string of the name table: its IDs and its text. */
export interface NameRecord {
  platformID: number;
  encodingID: number;
  languageID: number;
  nameID: number;
  text: string;
}

/** The Mac Roman bytes of the non-ASCII characters a copyright or trademark line uses. */
const MAC_ROMAN: ReadonlyMap<string, number> = new Map([
  ['©', 0xa9],
  ['®', 0xa8],
  ['™', 0xaa],
]);
const MAC_ROMAN_BACK = new Map([...MAC_ROMAN].map(([c, b]) => [b, c]));

const isMacRoman = (r: { platformID: number; encodingID: number }) =>
  r.platformID === 1 && r.encodingID === 0;
const isUtf16 = (r: { platformID: number }) => r.platformID === 0 || r.platformID === 3;

function encode(record: NameRecord): Buffer {
  if (isUtf16(record)) return Buffer.from(record.text, 'utf16le').swap16();
  if (isMacRoman(record)) {
    return Buffer.from(
      Array.from(record.text, (c) => {
        const code = c.codePointAt(0) as number;
        const byte = code < 0x80 ? code : MAC_ROMAN.get(c);
        if (byte === undefined)
          throw new Error(`name ${record.nameID}: “${c}” is not written in Mac Roman here`);
        return byte;
      }),
    );
  }
  throw new Error(
    `name ${record.nameID}: platform ${record.platformID} encoding ${record.encodingID} is not written here`,
  );
}

function decode(r: Omit<NameRecord, 'text'>, bytes: Buffer): string {
  if (isUtf16(r)) return Buffer.from(bytes).swap16().toString('utf16le');
  if (isMacRoman(r)) {
    return Array.from(bytes, (b) => {
      const c = b < 0x80 ? String.fromCharCode(b) : MAC_ROMAN_BACK.get(b);
      if (c === undefined)
        throw new Error(`name ${r.nameID}: Mac Roman byte 0x${b.toString(16)} is not read here`);
      return c;
    }).join('');
  }
  throw new Error(`name ${r.nameID}: platform ${r.platformID} encoding ${r.encodingID} is not read here`);
}

/** A table of the table directory: its tag, checksum and where its bytes are. */
export interface TableEntry {
  tag: string;
  checksum: number;
  offset: number;
  length: number;
}

/** The table directory of a TrueType font (not a collection, not WOFF). */
export function tableDirectory(sfnt: Buffer): TableEntry[] {
  const version = sfnt.readUInt32BE(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('not a TrueType font');
  return Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) => {
    const at = 12 + 16 * i;
    return {
      tag: sfnt.toString('latin1', at, at + 4),
      checksum: sfnt.readUInt32BE(at + 4),
      offset: sfnt.readUInt32BE(at + 8),
      length: sfnt.readUInt32BE(at + 12),
    };
  });
}

/** The bytes of one table. */
export function tableBytes(sfnt: Buffer, tag: string): Buffer {
  const entry = tableDirectory(sfnt).find((t) => t.tag === tag);
  if (!entry) throw new Error(`no ${tag} table`);
  return sfnt.subarray(entry.offset, entry.offset + entry.length);
}

/** The OpenType checksum: the sum of the big-endian uint32s, the last one padded with zeros. */
export function checksum(bytes: Buffer): number {
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    const word = Buffer.alloc(4);
    bytes.copy(word, 0, i, Math.min(i + 4, bytes.length));
    sum = (sum + word.readUInt32BE(0)) >>> 0;
  }
  return sum;
}

/** The strings of a font's name table (format 0 or 1; a format 1's language tags are not read). */
export function readNameRecords(sfnt: Buffer): NameRecord[] {
  const name = tableBytes(sfnt, 'name');
  const count = name.readUInt16BE(2);
  const strings = name.readUInt16BE(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 12 * i;
    const ids = {
      platformID: name.readUInt16BE(at),
      encodingID: name.readUInt16BE(at + 2),
      languageID: name.readUInt16BE(at + 4),
      nameID: name.readUInt16BE(at + 6),
    };
    const start = strings + name.readUInt16BE(at + 10);
    return { ...ids, text: decode(ids, name.subarray(start, start + name.readUInt16BE(at + 8))) };
  });
}

/** A name table of format 0 holding the records, sorted as the spec asks, equal strings stored once. */
export function encodeNameTable(records: readonly NameRecord[]): Buffer {
  const sorted = [...records].sort(
    (a, b) =>
      a.platformID - b.platformID ||
      a.encodingID - b.encodingID ||
      a.languageID - b.languageID ||
      a.nameID - b.nameID,
  );
  const header = Buffer.alloc(6 + 12 * sorted.length);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(sorted.length, 2);
  header.writeUInt16BE(header.length, 4);
  const stored = new Map<string, number>();
  const strings: Buffer[] = [];
  let length = 0;
  sorted.forEach((record, i) => {
    const bytes = encode(record);
    const key = bytes.toString('hex');
    let offset = stored.get(key);
    if (offset === undefined) {
      offset = length;
      stored.set(key, offset);
      strings.push(bytes);
      length += bytes.length;
    }
    const at = 6 + 12 * i;
    for (const [k, v] of [
      record.platformID,
      record.encodingID,
      record.languageID,
      record.nameID,
      bytes.length,
      offset,
    ].entries()) {
      header.writeUInt16BE(v, at + 2 * k);
    }
  });
  if (length > 0xffff) throw new Error('the name table’s strings are longer than 64 KB');
  return Buffer.concat([header, ...strings]);
}

/**
 * The font with its name table replaced by one holding these records; every other table byte for
 * byte the same, in the same order, each on a 4-byte boundary, with the table directory's
 * checksums and head.checksumAdjustment made anew.
 */
export function replaceNameTable(sfnt: Buffer, records: readonly NameRecord[]): Buffer {
  const directory = tableDirectory(sfnt);
  if (!directory.some((t) => t.tag === 'name') || !directory.some((t) => t.tag === 'head')) {
    throw new Error('a font without a name or head table');
  }
  const headerLength = 12 + 16 * directory.length;
  const tables = new Map(
    directory.map((t) => [
      t.tag,
      t.tag === 'name' ? encodeNameTable(records) : Buffer.from(sfnt.subarray(t.offset, t.offset + t.length)),
    ]),
  );
  // head's checksumAdjustment (at byte 8) is 0 while the checksums are summed.
  (tables.get('head') as Buffer).writeUInt32BE(0, 8);
  const out = Buffer.alloc(
    headerLength + [...tables.values()].reduce((sum, bytes) => sum + Math.ceil(bytes.length / 4) * 4, 0),
  );
  sfnt.copy(out, 0, 0, 12);
  let offset = headerLength;
  // The tables' bytes in the order the font had them; the directory stays sorted by tag.
  for (const entry of [...directory].sort((a, b) => a.offset - b.offset)) {
    const bytes = tables.get(entry.tag) as Buffer;
    const at = 12 + 16 * directory.indexOf(entry);
    out.write(entry.tag, at, 'latin1');
    out.writeUInt32BE(checksum(bytes), at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(bytes.length, at + 12);
    bytes.copy(out, offset);
    offset += Math.ceil(bytes.length / 4) * 4;
  }
  const head = directory.find((t) => t.tag === 'head') as TableEntry;
  const headAt = out.readUInt32BE(12 + 16 * directory.indexOf(head) + 8);
  out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headAt + 8);
  return out;
}
