import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  PAGE_META_POLICY,
  rendererFile,
  rendererResponse,
} from './renderer-files.ts';

let root: string;
let dir: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-files-'));
  dir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Qabyldau</title>');
  fs.writeFileSync(path.join(dir, 'assets', 'index.js'), 'export {}');
  fs.writeFileSync(path.join(root, 'qabyldau.sqlite'), 'personal data');
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the built renderer as files', () => {
  it('maps / to index.html and asset paths into the folder', () => {
    expect(rendererFile(dir, '/')).toBe(path.join(dir, 'index.html'));
    expect(rendererFile(dir, '/assets/index.js')).toBe(path.join(dir, 'assets', 'index.js'));
  });

  it('never names a file outside the folder, however the path is written', () => {
    for (const p of [
      '/../qabyldau.sqlite',
      '/assets/..%2f..%2fqabyldau.sqlite',
      '/%2e%2e/qabyldau.sqlite',
      '/x%00',
      '/%E0%A4%A',
    ]) {
      const file = rendererFile(dir, p);
      expect(file === null || file.startsWith(dir + path.sep), p).toBe(true);
      expect(file, p).not.toBe(path.join(root, 'qabyldau.sqlite'));
    }
  });

  it('answers the app:// protocol with the page, its type and the CSP header', async () => {
    const page = await rendererResponse('app://qabyldau/index.html', dir, 'qabyldau');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Qabyldau</title>');
    const js = await rendererResponse('app://qabyldau/assets/index.js', dir, 'qabyldau');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('answers the app:// protocol with the screens’ fonts as fonts: the WOFF2 subsets and the TTF behind them', async () => {
    const ROOT = path.resolve(import.meta.dirname, '../..');
    for (const [source, built, type] of [
      ['renderer/src/styles/fonts/QabyldauSans-Regular.woff2', 'QabyldauSans-Regular-x1.woff2', 'font/woff2'],
      ['assets/fonts/PTSans-Regular.ttf', 'PTSans-Regular-x2.ttf', 'font/ttf'],
    ] as const) {
      const bytes = fs.readFileSync(path.join(ROOT, source));
      fs.writeFileSync(path.join(dir, 'assets', built), bytes);
      const font = await rendererResponse(`app://qabyldau/assets/${built}`, dir, 'qabyldau');
      expect(font.headers.get('content-type'), built).toBe(type);
      expect(Buffer.from(await font.arrayBuffer()).equals(bytes), built).toBe(true);
    }
  });

  it('answers 404 for another host, a missing file or a path out of the folder', async () => {
    expect((await rendererResponse('app://other/index.html', dir, 'qabyldau')).status).toBe(404);
    expect((await rendererResponse('app://qabyldau/nope.js', dir, 'qabyldau')).status).toBe(404);
    const out = await rendererResponse('app://qabyldau/..%2fqabyldau.sqlite', dir, 'qabyldau');
    expect(out.status).toBe(404);
    expect(await out.text()).not.toContain('personal data');
  });
});

/** The directives of a policy, each with its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

describe('the Content-Security-Policy of the Electron page', () => {
  it('allows no inline style or script and nothing but our own files', async () => {
    const header = (await rendererResponse('app://qabyldau/index.html', dir, 'qabyldau')).headers.get(
      'content-security-policy',
    );
    const policy = directives(header ?? '');
    expect(policy.get('style-src')).toEqual(["'self'"]);
    // Our own scripts, and compiling our own WebAssembly (the speech engine) — no JavaScript eval.
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(header).not.toMatch(/'unsafe-|\*|https?:/);
  });

  const built = path.resolve(import.meta.dirname, '../../out/renderer/index.html');
  it.runIf(fs.existsSync(built))(
    'is what the built page carries, and the built page needs nothing inline',
    () => {
      const html = fs.readFileSync(built, 'utf8');
      expect(/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]).toBe(PAGE_META_POLICY);
      // Every script and stylesheet a file of its own; no <style>, no style="…", no inline script.
      expect(html).not.toMatch(/<style|\sstyle=/i);
      for (const script of html.match(/<script[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        expect(script).toMatch(/^<script type="module" crossorigin src="\.\/assets\/[\w-]+\.js"><\/script>$/);
      }
      const css = fs.readdirSync(path.join(path.dirname(built), 'assets')).filter((f) => f.endsWith('.css'));
      expect(css.length).toBeGreaterThan(0);
    },
  );
});
