// The bench's Chromium (Debian's, through playwright-core, launched as tests/e2e/browser.ts does):
// the print-to-PDF most Electron programs use, and the renderer's first screen in the browser mode.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { QUIET_ZONE, qrMatrix } from '../../electron/print/qr.ts';
import { startBrowserMode } from '../../electron/server/browser-mode.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const FONTS = path.resolve(import.meta.dirname, '../../assets/fonts');

function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

const SHEETS = { a6: { w: 105, h: 148, margin: 7 }, a4: { w: 210, h: 297, margin: 20 } } as const;

/** The QR code as SVG squares, as the talon draws it. */
function qrSvg(text: string): string {
  const m = qrMatrix(text);
  const side = m.size + 2 * QUIET_ZONE;
  let d = '';
  for (let r = 0; r < m.size; r++)
    for (let c = 0; c < m.size; c++) if (m.dark(r, c)) d += `M${c + QUIET_ZONE} ${r + QUIET_ZONE}h1v1h-1z`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="22mm" height="22mm"><path d="${d}"/></svg>`;
}

export interface ChromiumPrinter {
  /** The document's text (as pdftotext -layout reads our PDF) set in PT Sans on the sheet. */
  documentHtml(text: string, sheet: 'a6' | 'a4', qr: string | null): string;
  print(html: string, sheet: 'a6' | 'a4'): Promise<Buffer>;
  close(): Promise<void>;
}

/** One warm page with PT Sans loaded once; each print swaps the body and prints it. */
export async function chromiumPrinter(): Promise<ChromiumPrinter> {
  const browser = await launch();
  const page = await browser.newPage();
  const font = (file: string) => fs.readFileSync(path.join(FONTS, file)).toString('base64');
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
    @font-face { font-family: 'PT Sans'; src: url(data:font/ttf;base64,${font('PTSans-Regular.ttf')}); }
    @font-face { font-family: 'PT Sans'; font-weight: bold; src: url(data:font/ttf;base64,${font('PTSans-Bold.ttf')}); }
    body { font-family: 'PT Sans'; margin: 0; }
    pre { font-family: 'PT Sans'; font-size: 8pt; white-space: pre-wrap; margin: 0; }
    </style></head><body>ә</body></html>`);
  await page.evaluate('document.fonts.ready');
  return {
    documentHtml(text, sheet, qr) {
      const s = SHEETS[sheet];
      const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return `<style>@page { size: ${s.w}mm ${s.h}mm; margin: ${s.margin}mm; }</style>${qr ? qrSvg(qr) : ''}<pre>${escaped}</pre>`;
    },
    async print(html, sheet) {
      await page.evaluate(`document.body.innerHTML = ${JSON.stringify(html)}`);
      const s = SHEETS[sheet];
      return page.pdf({
        width: `${s.w}mm`,
        height: `${s.h}mm`,
        preferCSSPageSize: true,
        printBackground: false,
      });
    },
    close: () => browser.close(),
  };
}

/** Milliseconds from opening the desk's link to its sign-in form ready for typing, `rounds` times. */
export async function firstScreenTimes(dataDir: string, rounds: number): Promise<number[]> {
  const mode = await startBrowserMode({ dataDir, port: 0, log: () => {} });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1366, height: 820 },
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < rounds + 1; i++) {
      const page = await context.newPage();
      const t = performance.now();
      await page.goto(mode.deskLink());
      await page.getByLabel('Логин').waitFor();
      if (i > 0) times.push(performance.now() - t);
      await page.close();
    }
  } finally {
    await context.close();
    await mode.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  return times;
}
