import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfPageGrey } from '../../tests/support/poppler.ts';
import { drawQr, QUIET_ZONE, qrMatrix } from './qr.ts';

async function pdfWithQr(text: string, side: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: [side, side], margin: 0 });
  const chunks: Buffer[] = [];
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.on('data', (c: Buffer) => chunks.push(c));
  drawQr(doc, text, 0, 0, side);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

describe('the QR code of the register number', () => {
  it('prints exactly the modules of the number, dark where the code is dark, with a light margin', async () => {
    const m = qrMatrix('2026-0001');
    const cells = m.size + 2 * QUIET_ZONE;
    // 8 pixels a module: the centre of each module is far from any anti-aliased edge.
    const side = cells * 8 * (72 / 300);
    const page = pdfPageGrey(await pdfWithQr('2026-0001', side), 300);
    const unit = page.width / cells;
    const seen = (row: number, col: number) =>
      page.at((col + QUIET_ZONE + 0.5) * unit, (row + QUIET_ZONE + 0.5) * unit) < 128;
    const wrong: string[] = [];
    for (let r = 0; r < m.size; r++)
      for (let c = 0; c < m.size; c++) if (seen(r, c) !== m.dark(r, c)) wrong.push(`${r},${c}`);
    expect(wrong).toEqual([]);
    // The quiet zone is light all round (a scanner needs it).
    const inSymbol = (i: number) => i >= 0 && i < m.size;
    const darkMargin: string[] = [];
    for (let r = -QUIET_ZONE; r < m.size + QUIET_ZONE; r++)
      for (let c = -QUIET_ZONE; c < m.size + QUIET_ZONE; c++)
        if (!(inSymbol(r) && inSymbol(c)) && seen(r, c)) darkMargin.push(`${r},${c}`);
    expect(darkMargin).toEqual([]);
  });

  it('encodes different numbers differently', () => {
    const a = qrMatrix('2026-0001');
    const b = qrMatrix('2026-0002');
    let differs = false;
    for (let r = 0; r < a.size; r++)
      for (let c = 0; c < a.size; c++) differs ||= a.dark(r, c) !== b.dark(r, c);
    expect(differs).toBe(true);
  });
});
