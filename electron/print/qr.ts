// The register number as a QR code on the talon (§15), drawn as vector squares: sharp on any
// printer, a thermal roll included, and no image library. Read back at the desk by a scanner
// into the search box (the number is also printed in large digits beside it).

import { lazyModule } from '../kernel/lazy-module.ts';

const qrcode = lazyModule<typeof import('qrcode')>('qrcode');

/** ISO/IEC 18004 asks for a light margin of four modules around the symbol. */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number;
  dark(row: number, col: number): boolean;
}

export function qrMatrix(text: string): QrMatrix {
  // Level M: a smudge or a fold of a paper talon still reads.
  const { modules } = qrcode().create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (row, col) => modules.get(row, col) === 1 };
}

/** The code's dark runs as a path in modules (origin at the symbol's corner), and its size. */
export interface QrPath {
  size: number;
  path: string;
}

/** The few codes drawn last: a talon that is set smaller to fit draws its code again. */
const recentPaths = new Map<string, QrPath>();

export function qrPath(text: string): QrPath {
  const known = recentPaths.get(text);
  if (known) return known;
  const m = qrMatrix(text);
  const runs: string[] = [];
  for (let row = 0; row < m.size; row++) {
    let col = 0;
    while (col < m.size) {
      if (!m.dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < m.size && m.dark(row, col)) col++;
      runs.push(`${start} ${row} ${col - start} 1 re`);
    }
  }
  const made = { size: m.size, path: runs.join('\n') };
  if (recentPaths.size >= 8) recentPaths.delete(recentPaths.keys().next().value as string);
  recentPaths.set(text, made);
  return made;
}

/**
 * Draws the code in a square of `side` points whose top-left corner is (x, y), the quiet zone
 * included. Each row's dark runs become rectangles of one path filled once, so no hairline
 * seams appear between neighbouring modules; the path is written in modules, scaled once.
 */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, side: number): void {
  const { size, path } = qrPath(text);
  const unit = side / (size + 2 * QUIET_ZONE);
  doc.save();
  doc.transform(unit, 0, 0, unit, x + QUIET_ZONE * unit, y + QUIET_ZONE * unit);
  doc.addContent(path);
  doc.fill('#000000');
  doc.restore();
}
