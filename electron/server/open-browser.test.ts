import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserCommand, writeRedirectPage } from './open-browser.ts';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-opener-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const link = 'http://127.0.0.1:45678/?code=Zm9vYmFyLWJhei1xdXV4LTEyMzQ1Njc4OTAtYWJjZGVmZ2g';

describe('opening the browser on a one-time link', () => {
  it('hands the opener a private file, so the link stays out of every command line', () => {
    const page = writeRedirectPage(link, tmp);
    const html = fs.readFileSync(page.file, 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${link}">`);
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const [cmd, args] = browserCommand(platform, page.file);
      expect([cmd, ...args].join(' '), platform).not.toContain('code=');
    }
    page.remove();
    expect(fs.existsSync(path.dirname(page.file))).toBe(false);
  });

  it.runIf(process.platform !== 'win32')(
    'keeps that file from other local accounts (0600 in a 0700 folder)',
    () => {
      const page = writeRedirectPage(link, tmp);
      expect(fs.statSync(page.file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(page.file)).mode & 0o777).toBe(0o700);
    },
  );

  it('writes only our own loopback links into the page', () => {
    for (const bad of [
      'https://evil.example/',
      'http://127.0.0.1:1/"><script>alert(1)</script>',
      'file:///etc/passwd',
      'http://127.0.0.1:1/?code=a b',
    ]) {
      expect(() => writeRedirectPage(bad, tmp), bad).toThrow(/not a browser-mode link/);
    }
    expect(fs.readdirSync(tmp)).toEqual([]);
  });
});
