// Reading our PDFs back the way a person would, with poppler-utils (pdftotext, pdftoppm,
// pdfinfo; installed by .ci/run): for the tests and for the preview images a human looks at.
// Not used by the program itself.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The text of every page, whitespace collapsed, so wrapped lines still match a phrase. */
export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/\s+/g, ' ');
}

export function pdfPageSize(pdf: Buffer): { width: number; height: number; pages: number } {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  const pages = /Pages:\s+(\d+)/.exec(info);
  if (!size || !pages) throw new Error(`pdfinfo said:\n${info}`);
  return { width: Number(size[1]), height: Number(size[2]), pages: Number(pages[1]) };
}

/** The names of the fonts in the PDF (pdffonts), e.g. "CZZZZZ+PTSans-Bold". */
export function pdfFonts(pdf: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-fonts-'));
  try {
    // pdffonts reads only files, not standard input.
    const file = path.join(dir, 'doc.pdf');
    fs.writeFileSync(file, pdf);
    const lines = execFileSync('pdffonts', [file]).toString('utf8').trim().split('\n').slice(2);
    return lines.map((l) => l.split(/\s+/)[0] as string);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Page 1 as a PNG file at `dpi` (what a clerk sees in a preview); returns the file's path. */
export function pdfPageToPng(pdf: Buffer, outFile: string, dpi = 110): string {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const base = outFile.replace(/\.png$/, '');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', '-', base], {
    input: pdf,
  });
  return `${base}.png`;
}

/** Page 1 as 8-bit greyscale pixels (pdftoppm's PGM), for tests that look at the drawing. */
export function pdfPageGrey(
  pdf: Buffer,
  dpi: number,
): { width: number; height: number; at(x: number, y: number): number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-pgm-'));
  try {
    const base = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', '-', base], {
      input: pdf,
    });
    const data = fs.readFileSync(`${base}.pgm`);
    // P5 header: magic, width, height, maxval, each separated by whitespace, then the pixels.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a binary PGM');
    const width = Number(header[1]);
    const height = Number(header[2]);
    const pixels = data.subarray(header[0].length);
    return { width, height, at: (x, y) => pixels[Math.floor(y) * width + Math.floor(x)] as number };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A word as poppler places it: page (from 1) and its box in millimetres from the page's top left. */
export interface PdfWord {
  page: number;
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const PT_PER_MM = 72 / 25.4;

/** Every word with its box (`pdftotext -bbox`): where a reader — or an envelope's window — finds it. */
export function pdfWords(pdf: Buffer): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString(
    'utf8',
  );
  const words: PdfWord[] = [];
  let page = 0;
  const re = /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    if (m[0] === '<page ') {
      page++;
      continue;
    }
    const mm = (v: string | undefined) => Number(v) / PT_PER_MM;
    words.push({ page, x0: mm(m[1]), y0: mm(m[2]), x1: mm(m[3]), y1: mm(m[4]), text: m[5] as string });
  }
  return words;
}
