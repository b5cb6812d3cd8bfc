import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { sampleTalon } from './bench.ts';
import { DESK_CHARACTERS } from './fonts.ts';
import { withoutHints } from './unhinted.ts';

const FONTS = path.resolve(import.meta.dirname, '../../assets/fonts');

function parsed(bytes: Uint8Array): fontkit.Font {
  const font = fontkit.create(bytes);
  if ('fonts' in font) throw new Error('a collection');
  return font;
}

describe('the embedded fonts without their screen hints (issue 12: the size of every kept paper)', () => {
  for (const face of ['PTSans-Regular', 'PTSans-Bold']) {
    it(`keeps every outline and width of ${face}, composite letters (Й, Ё, Ә) included, at a fraction of the size`, () => {
      const font = parsed(fs.readFileSync(path.join(FONTS, `${face}.ttf`)));
      const subset = font.createSubset();
      for (const ch of DESK_CHARACTERS)
        subset.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0) as number).id);
      const hinted = subset.encode();
      const plain = withoutHints(hinted);
      const a = parsed(hinted);
      const b = parsed(plain);
      expect(Object.keys(b.directory.tables)).not.toContain('fpgm');
      expect(Object.keys(b.directory.tables)).not.toContain('prep');
      // PT Sans is hinted by hand: most of its glyph data are instructions.
      expect(plain.length).toBeLessThan(hinted.length / 3);
      const differ: number[] = [];
      for (let gid = 0; gid < subset.glyphs.length; gid++) {
        const [ga, gb] = [a.getGlyph(gid), b.getGlyph(gid)];
        if (ga.path.toSVG() !== gb.path.toSVG() || ga.advanceWidth !== gb.advanceWidth) differ.push(gid);
      }
      expect(differ).toEqual([]);
      // The letters drawn from parts stay whole.
      for (const ch of 'ЙЁӘҒҚҮІйёәғқүі') {
        const gid = subset.glyphs.indexOf(font.glyphForCodePoint(ch.codePointAt(0) as number).id);
        expect(b.getGlyph(gid).path.toSVG().length, ch).toBeGreaterThan(20);
      }
    });
  }

  it('makes a talon of about 40 KB, not the 115 KB of the hinted fonts', async () => {
    const { pdf } = await sampleTalon(7);
    expect(pdf.length).toBeLessThan(50 * 1024);
  });
});
