import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { OFFICE_DEFAULTS } from '../../shared/standard/office-defaults.ts';
import { STANDARD_2008 } from '../../shared/standard/service-definition.ts';
import { pdfText } from '../../tests/support/poppler.ts';
import { renderTalon, type TalonData } from '../intake/talon.ts';
import { deskFonts, findAssetsDir, fontParses, ownSubsets, parseFont } from './fonts.ts';

const TALON: TalonData = {
  regNumber: 'ҮӘ-2026-000001',
  category: 'adult',
  applicantName: '',
  representativeName: null,
  acceptedAt: '2026-11-25T05:12:00Z',
  termEnd: '2026-12-09',
  acceptedBy: 'Жақсыбекова Айгүл',
  documents: [],
  copy: false,
  surveyCode: null,
};
const TALON_ARGS = [STANDARD_2008, OFFICE_DEFAULTS, 'a6', 'kk', new Date('2026-11-25T05:12:00Z')] as const;

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

describe('each face subset once per process, reused by every document', () => {
  /** The PDF's embedded TrueType streams (FontFile2), inflated, in the order written. */
  function fontFiles(pdf: Buffer): Buffer[] {
    const text = pdf.toString('latin1');
    const files: Buffer[] = [];
    for (const m of text.matchAll(/\/FontFile2 (\d+) 0 R/g)) {
      const at = text.indexOf(`\n${m[1]} 0 obj`);
      const start = text.indexOf('stream\n', at) + 'stream\n'.length;
      const length = Number(/\/Length (\d+)/.exec(text.slice(at, start))?.[1]);
      files.push(inflateSync(pdf.subarray(start, start + length)));
    }
    return files;
  }

  it('parses the TTFs once and embeds the same prepared subset in two talons of different people', async () => {
    const a = await renderTalon({ ...TALON, applicantName: 'Қасымова Гүлнәр Әбілқызы' }, ...TALON_ARGS);
    const b = await renderTalon({ ...TALON, applicantName: 'Иванов Пётр Сергеевич' }, ...TALON_ARGS);
    expect(fontParses).toBe(1);
    const [fa, fb] = [fontFiles(a.pdf), fontFiles(b.pdf)];
    expect(fa).toHaveLength(2);
    expect(fb).toEqual(fa);
    expect(pdfText(a.pdf)).toContain('Қасымова Гүлнәр Әбілқызы');
    expect(pdfText(b.pdf)).toContain('Иванов Пётр Сергеевич');
  });

  it('prints a name with a letter outside the prepared subset (Ў, é) from its own subset, then goes back', async () => {
    const before = ownSubsets;
    const odd = await renderTalon({ ...TALON, applicantName: 'Ўринбоева Хélène Ғалымқызы' }, ...TALON_ARGS);
    expect(ownSubsets).toBeGreaterThan(before);
    expect(pdfText(odd.pdf)).toContain('Ўринбоева Хélène Ғалымқызы');
    const after = ownSubsets;
    const plain = await renderTalon({ ...TALON, applicantName: 'Нұрланов Әділ' }, ...TALON_ARGS);
    expect(ownSubsets).toBe(after);
    expect(pdfText(plain.pdf)).toContain('Нұрланов Әділ');
    expect(pdfText(plain.pdf)).not.toContain('Ў');
  });
});
