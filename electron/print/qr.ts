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

/**
 * Draws the code in a square of `side` points whose top-left corner is (x, y), the quiet zone
 * included. Each row's dark runs become rectangles of one path filled once, so no hairline
 * seams appear between neighbouring modules.
 */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, side: number): void {
  const m = qrMatrix(text);
  const unit = side / (m.size + 2 * QUIET_ZONE);
  doc.save();
  for (let row = 0; row < m.size; row++) {
    let col = 0;
    while (col < m.size) {
      if (!m.dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < m.size && m.dark(row, col)) col++;
      doc.rect(x + (QUIET_ZONE + start) * unit, y + (QUIET_ZONE + row) * unit, (col - start) * unit, unit);
    }
  }
  doc.fill('#000000');
  doc.restore();
}
