import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, rendererFile, rendererResponse } from './renderer-files.ts';

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

  it('answers 404 for another host, a missing file or a path out of the folder', async () => {
    expect((await rendererResponse('app://other/index.html', dir, 'qabyldau')).status).toBe(404);
    expect((await rendererResponse('app://qabyldau/nope.js', dir, 'qabyldau')).status).toBe(404);
    const out = await rendererResponse('app://qabyldau/..%2fqabyldau.sqlite', dir, 'qabyldau');
    expect(out.status).toBe(404);
    expect(await out.text()).not.toContain('personal data');
  });
});
