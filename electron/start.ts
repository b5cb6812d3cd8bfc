// `npm start`, run by Node after `electron-vite build`: the Electron window when Electron can
// run here, otherwise the browser mode on 127.0.0.1 — with one clear message, never a stack
// trace. FACTS.md: electron 45 has no install script; require('electron') downloads the binary
// on first use and throws "Electron failed to install correctly" where it cannot.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { optionValue, resolveDataDir } from './desk/data-dir.ts';
import { type BrowserMode, startBrowserMode } from './server/browser-mode.ts';
import { ENTER_FOR_A_NEW_LINK, newLinkOnEnter } from './server/link-on-enter.ts';
import { openInBrowser } from './server/open-browser.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);

/**
 * The Electron binary, or null. require('electron') runs in a child process: its download
 * prints progress and, on failure, a TypeError of its own straight to the terminal.
 */
function findElectron(): string | null {
  if (args.includes('--browser') || process.env.QABYLDAU_BROWSER_MODE === '1') return null;
  const probe = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "import { createRequire } from 'node:module'; process.stdout.write(createRequire(process.cwd() + '/')('electron'))",
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 10 * 60_000, windowsHide: true },
  );
  const found = probe.status === 0 ? probe.stdout.trim() : '';
  return found && fs.existsSync(found) ? found : null;
}

function runElectron(binary: string): void {
  const env = { ...process.env };
  // Set by some tools; it would make Electron a plain Node and ignore our app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [ROOT, ...args.filter((a) => a !== '--browser')], { stdio: 'inherit', env });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  // The terminal's Ctrl+C reaches Electron too; Electron closes its database and exits.
  for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => child.kill(s));
}

function notice(url: string, displayUrl: string, surveyUrl: string): string {
  return [
    'Бұл компьютерде Electron жоқ: Qabyldau жергілікті браузер режимінде ашылады.',
    'Electron недоступен на этом компьютере: Qabyldau открывается в локальном режиме браузера.',
    'Electron is not available on this machine; opening Qabyldau in the local browser mode at',
    `    ${url}`,
    ENTER_FOR_A_NEW_LINK,
    'Күту залының экраны / Экран зала ожидания / Waiting-room screen:',
    `    ${displayUrl}`,
    'Сауалнама киоскісі / Киоск анкеты / Satisfaction survey kiosk:',
    `    ${surveyUrl}`,
    'Ctrl+C — тоқтату / остановить / stop.',
  ].join('\n');
}

async function runBrowserMode(): Promise<void> {
  const portText = optionValue(args, '--port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port ${portText}: not a port number (0–65535).`);
    process.exit(2);
  }
  let mode: BrowserMode;
  try {
    mode = await startBrowserMode({ dataDir: resolveDataDir({ argv: args }), port, automaticBackups: true });
  } catch (e) {
    // A damaged or newer database, a port in use: the sentence, not the stack.
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
  console.log(notice(mode.deskLink(), mode.displayUrl, mode.surveyUrl));
  // The browser gets a link of its own: the printed one stays unused for the clerk.
  if (process.env.QABYLDAU_NO_OPEN !== '1') openInBrowser(mode.deskLink());
  const stopLinks = newLinkOnEnter(process.stdin, mode.deskLink, (link) => console.log(`    ${link}`));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    stopLinks();
    void mode.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const electron = findElectron();
if (electron) runElectron(electron);
else await runBrowserMode();
