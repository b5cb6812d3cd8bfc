// Asks the desktop to open a link in the default browser. Best effort: on a machine without a
// desktop (or without xdg-open) the link printed in the terminal is enough.
//
// The link holds a one-time code, and an opener's command line is readable by every local
// account (/proc/<pid>/cmdline): another account could spend the code before the browser does.
// So the opener is given a file instead — a page that sends the browser on to the link, in a
// folder only this account may read (0700, the file 0600) — as Jupyter opens its notebooks.
// The file goes once the code is dead anyway.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTRY_CODE_TTL_MS } from './entry-codes.ts';

export function browserCommand(platform: NodeJS.Platform, target: string): [string, string[]] {
  // cmd's own quoting: `start "" "TARGET"` (the empty title keeps it from being taken as one);
  // the target is ours (a file in the temporary folder), so it holds no quote of its own.
  if (platform === 'win32') return ['cmd', ['/d', '/s', '/c', `start "" "${target}"`]];
  if (platform === 'darwin') return ['open', [target]];
  return ['xdg-open', [target]];
}

/**
 * A page that sends the browser on to `target` by itself, with no script (the CSP allows none
 * inline) and a link for a browser that does not follow it. `target` is always ours.
 */
export function forwardingPage(target: string): string {
  return (
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${target}">` +
    `<title>Qabyldau</title><a href="${target}">Qabyldau</a>\n`
  );
}

/** The private page that forwards to the link: its file, and how to remove it. */
export function writeRedirectPage(url: string, tmpDir = os.tmpdir()): { file: string; remove(): void } {
  if (!/^http:\/\/(127\.0\.0\.1|\[::1\]|localhost):\d+\/[\w?=&/#.-]*$/.test(url)) {
    // Only our own loopback links, so nothing else can be written into the page.
    throw new Error(`not a browser-mode link: ${url}`);
  }
  const dir = fs.mkdtempSync(path.join(tmpDir, 'qabyldau-open-'));
  fs.chmodSync(dir, 0o700);
  const file = path.join(dir, 'open.html');
  fs.writeFileSync(file, forwardingPage(url), { mode: 0o600, flag: 'wx' });
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  let page: ReturnType<typeof writeRedirectPage>;
  try {
    page = writeRedirectPage(url);
  } catch {
    return; // No temporary folder to write to: the printed link is the way in.
  }
  // Kept until the code has expired (the browser may start slowly), never past this process.
  const timer = setTimeout(page.remove, ENTRY_CODE_TTL_MS + 10_000);
  timer.unref();
  process.once('exit', page.remove);
  // A file URL, which every opener hands to the default browser as a page.
  const [cmd, args] = browserCommand(
    platform,
    platform === 'win32' ? page.file : pathToFileURL(page.file).href,
  );
  try {
    const child = spawn(cmd, args, {
      stdio: 'ignore',
      detached: true,
      windowsHide: true,
      windowsVerbatimArguments: platform === 'win32',
    });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener on this machine: the printed link is the way in.
  }
}
