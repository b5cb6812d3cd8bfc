// Debian's Chromium driven by playwright-core against the browser mode on 127.0.0.1, with a
// fresh data folder: the program as the clerk meets it, minus the Electron window.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Clock } from '../../electron/kernel/context.ts';
import { startBrowserMode } from '../../electron/server/browser-mode.ts';
import { writeRedirectPage } from '../../electron/server/open-browser.ts';
import { contrast } from './contrast.ts';

const CONTRAST_OF = fs
  .readFileSync(new URL('./in-page/contrast-of.js', import.meta.url), 'utf8')
  .replace(/^\/\/.*\n/gm, '')
  .trim()
  .replace(/;$/, '');

export const ARTIFACTS = path.resolve('test-artifacts/screens');
/** axe-core's report of every place and state checked, one JSON file each (issue 13). */
export const A11Y_ARTIFACTS = path.resolve('test-artifacts/a11y');

/** The WCAG 2.0, 2.1 and 2.2 success criteria of levels A and AA, as axe-core tags them. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core on the page as it stands (issue 13: the desk by keyboard and screen reader): the full
 * report is kept in test-artifacts/a11y/<name>.json, and a serious or critical violation fails
 * the test with its rule, the elements it was found on and axe's summary of the fix.
 */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  fs.mkdirSync(A11Y_ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(A11Y_ARTIFACTS, `${name}.json`), JSON.stringify(results, null, 2));
  const grave = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // What axe leaves to review on text contrast (a chart's SVG text, a box overlapping another) is
  // measured here from the computed colours: 4.5:1, 3:1 for large text (WCAG 1.4.3).
  const review = results.incomplete
    .filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes.map((n) => n.target.join(' ')));
  const measured = (await page.evaluate(`(${CONTRAST_OF})(${JSON.stringify(review)})`)) as {
    selector: string;
    color?: string;
    background?: string;
    large?: boolean;
  }[];
  const faint = measured.flatMap((m) => {
    if (!m.color || !m.background || !/^rgba?\(/.test(m.color)) return [];
    const ratio = contrast(m.color, m.background);
    return ratio < (m.large ? 3 : 4.5)
      ? [
          `color-contrast (to review, measured) at ${m.selector}: ${m.color} on ${m.background} is ${ratio.toFixed(2)}:1`,
        ]
      : [];
  });
  if (grave.length === 0 && faint.length === 0) return;
  const list = grave.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact}) at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`,
    ),
  );
  throw new Error(`accessibility of ${name} (${page.url()}):\n${[...list, ...faint].join('\n')}`);
}

/** The password every e2e user is given first (the first start, or by the administrator). */
export const E2E_PASSWORD = 'syrly-kilt-2026';
/** What a user the administrator created chooses at the first sign-in (sitDown does it). */
export const E2E_OWN_PASSWORD = 'menin-kiltim-2026';

export interface E2eDesk {
  page: Page;
  context: BrowserContext;
  /** A call through the browser mode's own door, as the page makes it (same key cookie). */
  api<T>(channel: string, input: unknown): Promise<T>;
  /**
   * The first start, as the first person types it: login, name and E2E_PASSWORD twice.
   * Waits for the desk to open.
   */
  firstStart(login: string, fullName: string): Promise<void>;
  /**
   * The desk has one person at it: the next one signs in (with E2E_PASSWORD, choosing
   * E2E_OWN_PASSWORD when the desk asks for their own), and the page starts afresh.
   */
  sitDown(login: string): Promise<void>;
  /** Clicks a place of the navigation. */
  place(name: RegExp | string): Promise<void>;
  /** The PDF a print button opened in a new window: checked to be a stored PDF, read back, closed. */
  printedPdf(click: () => Promise<void>): Promise<Buffer>;
  url: string;
  /** The waiting-room screen's own link (its key opens that screen only). */
  displayUrl: string;
  /** The survey kiosk's own link (its key opens the survey only). */
  surveyUrl: string;
  dataDir: string;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function openE2eDesk(
  opts: {
    width?: number;
    height?: number;
    clock?: Clock;
    /** Fills the data folder before the program starts on it (e.g. `demo-data`'s month). */
    prepare?: (dataDir: string) => Promise<unknown>;
    /** The browser's locale (kk-KZ unless a test needs the machine of another country). */
    locale?: string;
  } = {},
): Promise<E2eDesk> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-e2e-'));
  await opts.prepare?.(dataDir);
  const server = await startBrowserMode({
    dataDir,
    port: 0,
    log: () => {},
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-chromium-'));
  // As root in a closed network (FACTS.md): no sandbox, and no background networking, which
  // would otherwise fail many connections at every start.
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: opts.width ?? 1366, height: opts.height ?? 820 },
    locale: opts.locale ?? 'kk-KZ',
    acceptDownloads: true,
  });
  // The page's policy refuses anything inline (electron/shell/renderer-files.ts): Chromium
  // reports each refusal on the console, and a run that caused one fails at close.
  const cspViolations: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // In as `npm start` lets the clerk in: the opener's private local page forwards to a one-time
  // link (a cross-site navigation), whose answer sets the cookie and moves on to the desk.
  const desk = `${server.origin}/`;
  const opener = writeRedirectPage(server.deskLink());
  await page.goto(pathToFileURL(opener.file).href);
  await page.waitForURL(desk);
  opener.remove();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const api = async <T>(channel: string, input: unknown): Promise<T> => {
    const response = await page.request.post(new URL(`/api/${channel}`, desk).toString(), {
      data: input,
    });
    const body = (await response.json()) as { ok: boolean; value?: T; error?: unknown };
    if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
    return body.value as T;
  };
  const chosen = new Set<string>();
  return {
    page,
    context,
    api,
    async firstStart(login, fullName) {
      await page.getByLabel('Логин').fill(login);
      await page.getByLabel('Аты-жөні').fill(fullName);
      await page.getByLabel('Құпиясөз', { exact: true }).fill(E2E_PASSWORD);
      await page.getByLabel('Құпиясөзді қайталаңыз').fill(E2E_PASSWORD);
      await page.getByRole('button', { name: 'Тіркеу және кіру' }).click();
      await page.getByRole('navigation').waitFor();
    },
    async sitDown(login) {
      const password = chosen.has(login) ? E2E_OWN_PASSWORD : E2E_PASSWORD;
      const user = await api<{ mustChangePassword: boolean }>('session.signIn', { login, password });
      if (user.mustChangePassword) {
        await api('session.changePassword', { currentPassword: password, password: E2E_OWN_PASSWORD });
        chosen.add(login);
      }
      await page.reload();
    },
    async place(name) {
      await page.getByRole('navigation').getByRole('button', { name }).click();
    },
    async printedPdf(click) {
      const popup = context.waitForEvent('page');
      await click();
      const win = await popup;
      if (!/^\/documents\/\d+\.pdf$/.test(new URL(win.url()).pathname)) {
        throw new Error(`not a stored document: ${win.url()}`);
      }
      const response = await page.request.get(win.url());
      if (response.headers()['content-type'] !== 'application/pdf')
        throw new Error(`not a PDF: ${win.url()}`);
      const pdf = await response.body();
      await win.close();
      return pdf;
    },
    url: desk,
    displayUrl: server.displayUrl,
    surveyUrl: server.surveyUrl,
    dataDir,
    async screenshot(name) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      // Every place and state an e2e test pictures is also checked by axe-core (issue 13).
      await checkAccessibility(page, name);
      return file;
    },
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
      fs.rmSync(dataDir, { recursive: true, force: true });
      if (cspViolations.length > 0) throw new Error(`CSP refused: ${cspViolations.join('\n')}`);
    },
  };
}
