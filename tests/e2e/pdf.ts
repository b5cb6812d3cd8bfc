// Reading a printed document the way the tests of electron/print do: pdftotext and pdftoppm.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
}

/** Renders page 1 to test-artifacts/print/<name>.png and returns its path. */
export function pdfPage1Png(pdf: Buffer, name: string): string {
  const dir = path.resolve('test-artifacts/print');
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, name);
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', '1', '-l', '1', '-singlefile', '-', base], {
    input: pdf,
  });
  return `${base}.png`;
}
