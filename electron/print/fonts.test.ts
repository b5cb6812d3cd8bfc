import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../tests/support/poppler.ts';
import { deskFonts, findAssetsDir, parseFont } from './fonts.ts';

const repoAssets = path.resolve(import.meta.dirname, '../../assets');

describe('finding the fonts (assets/fonts/PTSans-*.ttf)', () => {
  it('finds the assets folder from the source folder and from the bundle folder out/main', () => {
    expect(findAssetsDir({}, import.meta.dirname)).toBe(repoAssets);
    expect(findAssetsDir({}, path.resolve(repoAssets, '../out/main'))).toBe(repoAssets);
  });

  it('finds them in a packaged app, where assets/ sits beside out/ inside app.asar', () => {
    const app = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-app-'));
    try {
      fs.mkdirSync(path.join(app, 'assets', 'fonts'), { recursive: true });
      fs.mkdirSync(path.join(app, 'out', 'main'), { recursive: true });
      fs.copyFileSync(
        path.join(repoAssets, 'fonts/PTSans-Regular.ttf'),
        path.join(app, 'assets/fonts/PTSans-Regular.ttf'),
      );
      expect(findAssetsDir({}, path.join(app, 'out', 'main'))).toBe(path.join(app, 'assets'));
    } finally {
      fs.rmSync(app, { recursive: true, force: true });
    }
  });

  it('takes QABYLDAU_ASSETS first, and says what is wrong when it or the walk finds nothing', () => {
    expect(findAssetsDir({ QABYLDAU_ASSETS: repoAssets }, os.tmpdir())).toBe(repoAssets);
    expect(() => findAssetsDir({ QABYLDAU_ASSETS: os.tmpdir() }, import.meta.dirname)).toThrow(
      /QABYLDAU_ASSETS/,
    );
    expect(() => findAssetsDir({}, os.tmpdir())).toThrow(/set QABYLDAU_ASSETS/);
  });

  it('parses each face once per process and hands out the same parsed font afterwards', () => {
    const first = deskFonts();
    expect(deskFonts()).toBe(first);
    expect(first.regular.postscriptName).toBe('PTSans-Regular');
    expect(first.bold.postscriptName).toBe('PTSans-Bold');
  });
});

describe('one parsed font for many documents', () => {
  const bold = fs.readFileSync(path.join(repoAssets, 'fonts/PTSans-Bold.ttf'));

  /** Two documents in a row with the same parsed font: Й (drawn from И and a breve), then И. */
  async function secondDocumentText(font: unknown): Promise<string> {
    let text = '';
    for (const word of ['ЖЕТІСПЕЙТІН', 'НЕДОСТАЮЩИХ']) {
      const doc = new PDFDocument({ size: 'A7', margin: 10, font: font as string });
      const chunks: Buffer[] = [];
      const done = new Promise((resolve) => doc.on('end', resolve));
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.text(word);
      doc.end();
      await done;
      text = pdfText(Buffer.concat(chunks));
    }
    return text;
  }

  it('keeps every letter searchable in the next document (parseFont)', async () => {
    expect(await secondDocumentText(parseFont(bold))).toContain('НЕДОСТАЮЩИХ');
  });

  it('would lose И from the text layer with fontkit’s plain parse — the trap parseFont avoids', async () => {
    expect(await secondDocumentText(fontkit.create(bold))).not.toContain('НЕДОСТАЮЩИХ');
  });
});
