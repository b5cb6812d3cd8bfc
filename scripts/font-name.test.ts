import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import {
  checksum,
  encodeNameTable,
  type NameRecord,
  readNameRecords,
  replaceNameTable,
  tableBytes,
  tableDirectory,
} from './font-name.ts';

// Replacing a TrueType font's name table (scripts/font-name.ts), which gives the screens' subsets
// of PT Sans a name of their own (the OFL's Reserved Font Names): the font reads as its new name,
// every other table is byte for byte the same, and the checksums a font loader may verify hold.

const ORIGINAL = fs.readFileSync(path.join(import.meta.dirname, '../assets/fonts/PTSans-Regular.ttf'));

function open(bytes: Buffer): fontkit.Font {
  const font = fontkit.create(bytes);
  if ('fonts' in font) throw new Error('a collection');
  return font;
}

const renamed = (records: readonly NameRecord[], family: string, full: string, ps: string) =>
  records.map((r) => {
    const text = { 1: family, 4: full, 6: ps }[r.nameID];
    return text === undefined ? r : { ...r, text };
  });

describe('replacing a font’s name table', () => {
  it('reads the name table as it is (PT Sans’s own strings)', () => {
    const records = readNameRecords(ORIGINAL);
    const text = (id: number) => records.find((r) => r.platformID === 3 && r.nameID === id)?.text;
    expect(text(1)).toBe('PT Sans');
    expect(text(6)).toBe('PTSans-Regular');
    expect(text(0)).toBe('Copyright © 2009 ParaType Ltd. All rights reserved.');
    expect(text(14)).toBe('http://scripts.sil.org/OFL_web');
  });

  it('gives the font the new names, which a font loader reads', () => {
    const records = renamed(readNameRecords(ORIGINAL), 'Test Sans', 'Test Sans Regular', 'TestSans-Regular');
    const font = open(replaceNameTable(ORIGINAL, records));
    expect(font.familyName).toBe('Test Sans');
    expect(font.fullName).toBe('Test Sans Regular');
    expect(font.postscriptName).toBe('TestSans-Regular');
    expect(font.copyright).toBe('Copyright © 2009 ParaType Ltd. All rights reserved.');
    expect(readNameRecords(replaceNameTable(ORIGINAL, records))).toEqual(
      [...records].sort((a, b) => a.nameID - b.nameID),
    );
  });

  it('keeps every other table byte for byte, and each glyph’s outline and width', () => {
    const records = renamed(readNameRecords(ORIGINAL), 'Test Sans', 'Test Sans Regular', 'TestSans-Regular');
    const out = replaceNameTable(ORIGINAL, records);
    expect(tableDirectory(out).map((t) => t.tag)).toEqual(tableDirectory(ORIGINAL).map((t) => t.tag));
    for (const { tag } of tableDirectory(ORIGINAL)) {
      if (tag === 'name') continue;
      const before = Buffer.from(tableBytes(ORIGINAL, tag));
      const after = Buffer.from(tableBytes(out, tag));
      // head differs only in checksumAdjustment (bytes 8–11).
      if (tag === 'head') for (const b of [before, after]) b.writeUInt32BE(0, 8);
      expect(after.equals(before), tag).toBe(true);
    }
    const [a, b] = [open(ORIGINAL), open(out)];
    for (const c of 'AzӘғҚңӨұҮһІ«»№—') {
      const [ga, gb] = [a, b].map((f) => f.getGlyph(f.glyphForCodePoint(c.codePointAt(0) as number).id));
      expect(gb?.path.toSVG(), c).toBe(ga?.path.toSVG());
      expect(gb?.advanceWidth, c).toBe(ga?.advanceWidth);
    }
  });

  it('makes the checksums anew: each table’s, and the whole font’s through head.checksumAdjustment', () => {
    // The checksum is the one the font's makers wrote: the original's directory agrees with it.
    const head = Buffer.from(tableBytes(ORIGINAL, 'head'));
    head.writeUInt32BE(0, 8);
    for (const t of tableDirectory(ORIGINAL)) {
      const bytes = t.tag === 'head' ? head : tableBytes(ORIGINAL, t.tag);
      expect(checksum(bytes), t.tag).toBe(t.checksum);
    }
    expect(checksum(ORIGINAL)).toBe(0xb1b0afba);

    const out = replaceNameTable(ORIGINAL, renamed(readNameRecords(ORIGINAL), 'X', 'X Regular', 'X-Regular'));
    const outHead = Buffer.from(tableBytes(out, 'head'));
    outHead.writeUInt32BE(0, 8);
    for (const t of tableDirectory(out)) {
      expect(t.offset % 4, t.tag).toBe(0);
      expect(checksum(t.tag === 'head' ? outHead : tableBytes(out, t.tag)), t.tag).toBe(t.checksum);
    }
    expect(checksum(out)).toBe(0xb1b0afba);
    expect(out.length % 4).toBe(0);
  });

  it('writes Mac Roman and Windows records as the font has them, and refuses what it cannot write', () => {
    const records: NameRecord[] = [
      { platformID: 3, encodingID: 1, languageID: 0x409, nameID: 1, text: 'Qabyldau Sans' },
      { platformID: 1, encodingID: 0, languageID: 0, nameID: 0, text: '© 2009 X™' },
      { platformID: 1, encodingID: 0, languageID: 0, nameID: 1, text: 'Qabyldau Sans' },
    ];
    const table = encodeNameTable(records);
    // Sorted by platform, then name ID; the equal strings of both platforms differ in bytes.
    expect(table.readUInt16BE(6)).toBe(1);
    expect(table.readUInt16BE(6 + 12 * 2)).toBe(3);
    const font = replaceNameTable(ORIGINAL, records);
    expect(readNameRecords(font)).toEqual([records[1], records[2], records[0]]);
    expect(tableBytes(font, 'name').includes(Buffer.from([0xa9, 0x20, 0x32]))).toBe(true);
    expect(() => encodeNameTable([{ ...(records[1] as NameRecord), text: 'Қ' }])).toThrow(/Mac Roman/);
    expect(() => encodeNameTable([{ ...(records[1] as NameRecord), platformID: 2 }])).toThrow(/platform 2/);
  });

  it('stores an equal string once', () => {
    const one = { platformID: 3, encodingID: 1, languageID: 0x409, nameID: 1, text: 'Same' };
    const table = encodeNameTable([one, { ...one, nameID: 16 }]);
    expect(table.length).toBe(6 + 12 * 2 + 'Same'.length * 2);
  });
});
