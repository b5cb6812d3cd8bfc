// Asks the desktop to open a link in the default browser. Best effort: on a machine without a
// desktop (or without xdg-open) the link printed in the terminal is enough.

import { spawn } from 'node:child_process';

export function browserCommand(platform: NodeJS.Platform, url: string): [string, string[]] {
  // cmd's own quoting: `start "" "URL"` (the empty title keeps the URL from being taken as one);
  // the link is ours (127.0.0.1, a base64url key), so it holds no quote of its own.
  if (platform === 'win32') return ['cmd', ['/d', '/s', '/c', `start "" "${url}"`]];
  if (platform === 'darwin') return ['open', [url]];
  return ['xdg-open', [url]];
}

export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [cmd, args] = browserCommand(platform, url);
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
