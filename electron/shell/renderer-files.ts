// The built renderer as files: which file a URL path names (never one outside the folder), its
// content type, and the Content-Security-Policy it is served with. Shared by the Electron
// window's app:// protocol and the browser mode's HTTP server.

import fs from 'node:fs';
import path from 'node:path';

/**
 * The policy of the <meta> of renderer/index.html: the header's, less frame-ancestors, which a
 * browser ignores in a <meta> (with a console warning the end-to-end run counts as a failure).
 */
export const PAGE_META_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'";

/**
 * The policy every door serves the page with, as a header. 'wasm-unsafe-eval' lets the page
 * compile WebAssembly — the speech engine of the waiting-room screen (shared/voice/speech.ts),
 * itself one of our own files — and nothing else: no eval() or new Function() of JavaScript. No 'unsafe-inline' anywhere: the built page links its one stylesheet and its one script, and
 * React sets style props through the CSSOM, which CSP does not govern — so an injected <style>
 * or style="…" (a way to restyle or read the page with CSS) has no effect. `npm run dev` alone
 * relaxes it for Vite's injected styles (scripts/dev-csp.ts).
 */
export const CONTENT_SECURITY_POLICY = `${PAGE_META_POLICY}; frame-ancestors 'none'`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  // The speech engine: a browser compiles it while it downloads only when it is served as such.
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside the built renderer ('/' is index.html), or null when the
 * path is malformed or would leave the folder (../, %2e%2e, %2f, backslashes, NUL).
 */
export function rendererFile(rendererDir: string, pathname: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  const root = path.resolve(rendererDir);
  const target = path.resolve(root, `.${rel === '/' || rel === '' ? '/index.html' : rel}`);
  return target.startsWith(root + path.sep) ? target : null;
}

/** The answer of the Electron app:// protocol for a request of the page. */
export async function rendererResponse(url: string, rendererDir: string, host: string): Promise<Response> {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return new Response('Bad request', { status: 400 });
  }
  const file = u.host === host ? rendererFile(rendererDir, u.pathname) : null;
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await fs.promises.readFile(file);
    return new Response(body, {
      headers: {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
