// `npm run dev` only: the Vite dev server injects each CSS module as a <style> element and
// @vitejs/plugin-react adds an inline module script (its fast-refresh preamble), both of which
// the program's policy (electron/shell/renderer-files.ts) refuses. The dev page's <meta> policy
// is relaxed for those two; `electron-vite build` never runs this, so the built page — the one
// the office installs and the browser mode serves — keeps the strict policy.

import type { Plugin } from 'vite';

export function devServerCsp(html: string): string {
  return html
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");
}

export function devCspPlugin(): Plugin {
  return {
    name: 'qabyldau:dev-csp',
    apply: 'serve',
    transformIndexHtml: { order: 'pre', handler: devServerCsp },
  };
}
