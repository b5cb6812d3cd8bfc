// Draws assets/icon.png (512×512), the icon electron-builder puts on the installer, the window
// and the desktop entry. Run once after changing it:
//   node assets/icon-draw.ts && pdftoppm -png -r 72 -singlefile /tmp/qabyldau-icon.pdf assets/icon
// (pdfkit draws at 72 points per inch, so a 512-point page renders as 512 pixels.)

import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const size = 512;
const doc = new PDFDocument({ size: [size, size], margin: 0 });
doc.pipe(fs.createWriteStream('/tmp/qabyldau-icon.pdf'));
doc.rect(0, 0, size, size).fill('#ffffff');
doc.roundedRect(16, 16, size - 32, size - 32, 96).fill('#1d5f7a');
// The Q of Qabyldau ("acceptance") above the bar of a talon.
doc
  .font(path.join(import.meta.dirname, 'fonts', 'PTSans-Bold.ttf'))
  .fontSize(300)
  .fillColor('#ffffff');
doc.text('Q', 0, 36, { width: size, align: 'center' });
doc.roundedRect(128, 424, size - 256, 24, 12).fill('#f2c14e');
doc.end();
