import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_META_POLICY } from '../electron/shell/renderer-files.ts';
import { devCspPlugin, devServerCsp } from './dev-csp.ts';

describe('the dev server’s policy', () => {
  it('lets in Vite’s injected styles and React’s refresh preamble in `npm run dev` only', () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../renderer/index.html'), 'utf8');
    expect(html).toContain(PAGE_META_POLICY);
    const dev = devServerCsp(html);
    expect(dev).toContain("style-src 'self' 'unsafe-inline';");
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    // Never in a build: the plugin applies to the dev server alone.
    expect(devCspPlugin().apply).toBe('serve');
  });
});
