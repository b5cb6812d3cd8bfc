// Debian's Chromium driven by playwright-core against the browser mode on 127.0.0.1, with a
// fresh data folder: the program as the clerk meets it, minus the Electron window.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Clock } from '../../electron/app/context.ts';
import { startBrowserMode } from '../../electron/server/browser-mode.ts';

export const ARTIFACTS = path.resolve('test-artifacts/screens');

export interface E2eDesk {
  page: Page;
  context: BrowserContext;
  url: string;
  dataDir: string;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function openE2eDesk(
  opts: { width?: number; height?: number; clock?: Clock } = {},
): Promise<E2eDesk> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-e2e-'));
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
    locale: 'kk-KZ',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    page,
    context,
    url: server.url,
    dataDir,
    async screenshot(name) {
      const file = path.join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
