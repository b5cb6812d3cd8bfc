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

/** The sign-in form's login field, as SignIn.tsx renders it (`Логин`, the e2e tests' handle). */
const LOGIN_FIELD = 'sign-in-login';

/**
 * Marks, in the page, the moment its sign-in form is in the document (a MutationObserver set up
 * before any of the page's own scripts) and the moment it is usable: its fonts loaded too — the
 * desk's PT Sans is `font-display: block`, its text unseen until then. What the page fetched
 * before the form was there is the first screen's; what it fetches after (the other places,
 * preloaded once the form is up) is not.
 */
const MARK_USABLE = `(() => {
  const observer = new MutationObserver(() => {
    if (!document.getElementById(${JSON.stringify(LOGIN_FIELD)})) return;
    observer.disconnect();
    window.__formAt = performance.now();
    document.fonts.ready.then(() => { window.__usableAt = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

export interface FirstScreen {
  /** Milliseconds from the navigation's start to the sign-in form usable (fonts in), warm cache. */
  times: number[];
  /** The same on a cold cache (the first open of the day). */
  coldMs: number;
  /** The page's own files (`/assets/…`) fetched before the form was there, on a cold cache. */
  files: string[];
  /** The fonts (`/assets/…`) fetched before the form was usable, on a cold cache. */
  fonts: string[];
  /**
   * Per warm round, milliseconds from the form in the document to its fonts in: as long as its
   * text stays unseen at `font-display: block` (what `swap` would show in another font instead).
   */
  fontWaits: number[];
}

/** The desk's first screen in Chromium (browser mode), cold once and then warm `rounds` times. */
export async function firstScreen(dataDir: string, rounds: number): Promise<FirstScreen> {
  const mode = await startBrowserMode({ dataDir, port: 0, log: () => {} });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1366, height: 820 },
  });
  await context.addInitScript(MARK_USABLE);
  const times: number[] = [];
  const fontWaits: number[] = [];
  let coldMs = Number.NaN;
  let files: string[] = [];
  let fonts: string[] = [];
  const fetchedBefore = (moment: string) => `performance.getEntriesByType('resource')
    .filter((e) => e.startTime < window.${moment})
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/assets/'))`;
  try {
    for (let i = 0; i < rounds + 1; i++) {
      const page = await context.newPage();
      await page.goto(mode.deskLink());
      await page.getByLabel('Логин').waitFor();
      // A function, not a string: the page's CSP forbids the eval a string predicate is polled with.
      const marked = await page.waitForFunction(() => (globalThis as { __usableAt?: number }).__usableAt);
      const usable = Number(await marked.jsonValue());
      if (i > 0) {
        times.push(usable);
        fontWaits.push(usable - Number(await page.evaluate('window.__formAt')));
      } else {
        coldMs = usable;
        files = await page.evaluate(fetchedBefore('__formAt'));
        fonts = ((await page.evaluate(fetchedBefore('__usableAt'))) as string[]).filter((p) =>
          /\.(woff2?|ttf|otf)$/.test(p),
        );
      }
      await page.close();
    }
  } finally {
    await context.close();
    await mode.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  return { times, coldMs, files, fonts, fontWaits };
}
