// Door 2: the browser mode, for a machine where Electron cannot run. It serves the built
// renderer and the same handler table over HTTP — and it holds personal and medical data
// (Law No. 94-V), so it is no open port:
//   • it listens on 127.0.0.1 only, never on the office network;
//   • a new key at every start, which never leaves this process: no URL, command line or log
//     holds it. A browser gets in with a one-time link (…/?code=…, entry-codes.ts: one use,
//     two minutes), exchanged for an HttpOnly SameSite=Strict cookie that carries the key;
//     in-process callers (the tests) may send the key in X-Qabyldau-Token; anything else: 401;
//   • the waiting-room screen has a key of its own (…/display?key=…), good for the whole run
//     so that an unattended TV can reopen it, and good for nothing but that screen: its page
//     and queue.display (ticket numbers, no personal data);
//   • the survey kiosk (a tablet or the screen's PC in the waiting room) has a key of its own
//     too (…/survey?key=…), on the display's model: good for the run, and good for nothing but
//     its page and the survey's two channels, called in a session of their own with no user
//     (the audit says door browser, no user; the answer's source says kiosk);
//   • a Host other than 127.0.0.1:<port> / localhost:<port> is refused (DNS rebinding), and so
//     is a request from another site's page (Origin, Sec-Fetch-Site) — no CORS headers, ever.

import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { MAX_ATTACHMENT_BASE64 } from '../../shared/domain/complaint-attachment.ts';
import { openDesk } from '../desk/open-desk.ts';
import type { AppContext, Clock, Session } from '../kernel/context.ts';
import { systemClock } from '../kernel/context.ts';
import { CONTENT_SECURITY_POLICY, contentTypeOf, rendererFile } from '../shell/renderer-files.ts';
import { storedDocument } from '../shell/stored-document.ts';
import { ENTRY_CODE_TTL_MS, entryCodes } from './entry-codes.ts';
import { forwardingPage } from './open-browser.ts';

export { CONTENT_SECURITY_POLICY };

export const TOKEN_HEADER = 'x-qabyldau-token';
/** The one channel the waiting-room screen's key opens (renderer/src/stores/display.ts). */
const DISPLAY_CHANNEL = 'queue.display';
/** The channels the survey kiosk's key opens (renderer/src/survey/). */
const SURVEY_CHANNELS: ReadonlySet<string> = new Set(['survey.questions', 'survey.answer']);
const MAX_BODY_BYTES = 2 * 1024 * 1024;
/**
 * Channels that carry a file: a scanned complaint letter of up to 20 MB arrives as base64 in
 * JSON (shared/domain/complaint-attachment.ts); the contract bounds it again, exactly.
 */
const LARGE_BODY_BYTES: Readonly<Record<string, number>> = {
  'complaints.attach': MAX_ATTACHMENT_BASE64 + 64 * 1024,
};

export interface BrowserModeOptions {
  dataDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** A loopback address; anything else is refused. */
  host?: string;
  clock?: Clock;
  log?: (message: string) => void;
  /** The built renderer (electron-vite's out/renderer). */
  rendererDir?: string;
  /** The automatic backups of a desk door (issue 9): at the day's first start and on close. */
  automaticBackups?: boolean;
  /** Past this size the day's full check runs in the background, as in the window (DeskOptions; tests lower it). */
  syncCheckLimit?: number;
}

export interface BrowserMode {
  /** http://127.0.0.1:<port> — no key in it. */
  origin: string;
  /** A new one-time link into the desk: http://127.0.0.1:<port>/?code=<code>. */
  deskLink(): string;
  /** The waiting-room screen's link, for this run: …/display?key=<screen key>. */
  displayUrl: string;
  /** The survey kiosk's link, for this run: …/survey?key=<kiosk key>. */
  surveyUrl: string;
  port: number;
  /** The desk's key: the cookie's value, in this process's memory only. */
  token: string;
  server: http.Server;
  close(): Promise<void>;
}

export const DEFAULT_RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');

export function isLoopback(host: string): boolean {
  return host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  // Hashing first makes both sides the same length, which timingSafeEqual requires.
  const a = crypto.createHash('sha256').update(given).digest();
  const b = crypto.createHash('sha256').update(secret).digest();
  return crypto.timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function securityHeaders(res: http.ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function plain(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`${text}\n`);
}

function json(res: http.ServerResponse, value: unknown): void {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

class BodyTooLarge extends Error {}

/**
 * The body as text, or BodyTooLarge as soon as it passes the limit — announced or counted. The
 * rest is not kept but read and dropped (Node's own behaviour once the answer is sent), so the
 * sender reads its 413 instead of a reset connection; the server's request timeout ends a
 * sender that never stops.
 */
function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) return reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      chunks.length = 0;
      reject(new BodyTooLarge());
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}

const NO_KEY =
  'Open the link printed when Qabyldau started (it contains the key of this run). / ' +
  'Qabyldau іске қосылғанда шыққан сілтемені ашыңыз. / Откройте ссылку, выведенную при запуске Qabyldau.';
const LINK_SPENT =
  `This link has been used or is older than ${ENTRY_CODE_TTL_MS / 60_000} minutes: press Enter in ` +
  'the Qabyldau terminal for a new one. / Сілтеме пайдаланылған немесе ескірген: жаңасы үшін Qabyldau ' +
  'терминалында Enter басыңыз. / Ссылка уже использована или устарела: нажмите Enter в терминале ' +
  'Qabyldau, чтобы получить новую.';
const DISPLAY_ONLY = "The waiting-room screen's link opens only the waiting-room screen.";
const SURVEY_ONLY = "The survey kiosk's link opens only the survey.";

export async function startBrowserMode(opts: BrowserModeOptions): Promise<BrowserMode> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopback(host)) {
    throw new Error(
      `The browser mode serves personal data and listens on the loopback address only, not ${host}.`,
    );
  }
  const log = opts.log ?? ((m: string) => console.error(m));
  const rendererDir = path.resolve(opts.rendererDir ?? DEFAULT_RENDERER_DIR);
  const clock = opts.clock ?? systemClock;
  const token = crypto.randomBytes(32).toString('base64url');
  const displayKey = crypto.randomBytes(32).toString('base64url');
  const surveyKey = crypto.randomBytes(32).toString('base64url');
  const codes = entryCodes(clock);
  const desk = openDesk(
    opts.dataDir,
    (e) => log(`internal error: ${e instanceof Error ? e.stack : String(e)}`),
    { clock, ...(opts.syncCheckLimit === undefined ? {} : { syncCheckLimit: opts.syncCheckLimit }) },
  );
  // As the window: a large file's day's check runs in a worker while the desk serves (issue 12);
  // the terminal says when it starts and what it found (damage also shows on the start screen).
  if (desk.integrity().running) {
    log(`integrity: the day's full check of ${desk.dataDir} runs in the background`);
    void desk.integrityChecked().then((r) => {
      if (!r.running && r.damage === null) log('integrity: the full check passed');
    });
  }
  if (opts.automaticBackups)
    void desk.automaticBackup('start').catch((e: unknown) => log(`automatic backup: ${String(e)}`));
  // The browser mode serves one desk: one Session for the whole run.
  const session: Session = { userId: null };
  const ctx: AppContext = desk.context('browser', session, clock);
  // The kiosk never shares the desk's session: an answer typed there is nobody's, even while a
  // clerk is signed in at the desk's tab.
  const kioskCtx: AppContext = desk.context('browser', { userId: null }, clock);

  let port = 0;
  let cookieName = '';
  let displayCookieName = '';
  let surveyCookieName = '';
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  /** The desk's key opens everything; the screen's key only the waiting-room screen; the kiosk's only the survey. */
  const accessOf = (req: http.IncomingMessage): 'desk' | 'display' | 'survey' | null => {
    const header = req.headers[TOKEN_HEADER];
    if (
      sameSecret(typeof header === 'string' ? header : undefined, token) ||
      sameSecret(cookieValue(req.headers.cookie, cookieName), token)
    )
      return 'desk';
    if (sameSecret(cookieValue(req.headers.cookie, displayCookieName), displayKey)) return 'display';
    if (sameSecret(cookieValue(req.headers.cookie, surveyCookieName), surveyKey)) return 'survey';
    return null;
  };

  /**
   * The cookie, and a page that moves on to the landing by itself. Not a 303: a link opened
   * from the opener's local file (open-browser.ts) arrives as a cross-site navigation, and a
   * browser keeps a SameSite=Strict cookie off every redirect of such a navigation; the meta
   * refresh is a navigation of our own page, which carries it.
   */
  function enter(res: http.ServerResponse, cookie: string, landing: string): void {
    res.setHeader('Set-Cookie', `${cookie}; HttpOnly; SameSite=Strict; Path=/`);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(forwardingPage(landing));
  }

  async function api(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    channel: string,
    callCtx: AppContext = ctx,
  ): Promise<void> {
    const type = req.headers['content-type'] ?? '';
    // A cross-site HTML form can only send form or text bodies: JSON alone closes that door too.
    if (!/^application\/json\b/i.test(type)) return plain(res, 415, 'Send Content-Type: application/json.');
    let body: string;
    try {
      body = await readBody(req, LARGE_BODY_BYTES[channel] ?? MAX_BODY_BYTES);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        res.setHeader('Connection', 'close');
        return plain(res, 413, 'Request body too large.');
      }
      throw e;
    }
    let input: unknown;
    try {
      input = body.trim() === '' ? undefined : JSON.parse(body);
    } catch {
      return json(res, {
        ok: false,
        error: { code: 'invalid_input', issues: [{ path: '(input)', message: 'malformed_json' }] },
      });
    }
    json(res, await desk.registry.dispatch(channel, input, callCtx));
  }

  async function document(res: http.ServerResponse, id: number): Promise<void> {
    const doc = await storedDocument(ctx, id, desk.registry);
    if (!doc.ok) {
      const status = doc.error.code === 'not_found' ? 404 : doc.error.code === 'not_signed_in' ? 403 : 500;
      return plain(res, status, doc.error.code);
    }
    res.writeHead(200, {
      'Content-Type': 'application/pdf',
      'Cache-Control': 'no-store',
      'Content-Disposition': `inline; filename="${encodeURIComponent(doc.fileName)}"`,
    });
    await pipeline(fs.createReadStream(doc.file), res);
  }

  async function file(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    const target = rendererFile(rendererDir, pathname);
    if (!target) return plain(res, 404, 'Not found.');
    let stat: fs.Stats;
    try {
      stat = fs.statSync(target);
    } catch {
      if (pathname === '/') return plain(res, 503, 'The renderer is not built yet: run `npm run build`.');
      return plain(res, 404, 'Not found.');
    }
    if (!stat.isFile()) return plain(res, 404, 'Not found.');
    res.writeHead(200, {
      'Content-Type': contentTypeOf(target),
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    await pipeline(fs.createReadStream(target), res);
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    securityHeaders(res);
    const hostHeader = (req.headers.host ?? '').toLowerCase();
    if (!allowedHosts.has(hostHeader)) return plain(res, 421, 'Unknown host.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin.toLowerCase())) {
      return plain(res, 403, 'Cross-site request refused.');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    // The two ways in are plain GET navigations that only set a cookie for a code nobody else
    // knows; they may come from the opener's local file, a cross-site navigation (see enter).
    const entry =
      req.method === 'GET' &&
      ((url.pathname === '/' && url.searchParams.has('code')) ||
        ((url.pathname === '/display' || url.pathname === '/survey') && url.searchParams.has('key')));
    const site = req.headers['sec-fetch-site'];
    if (!entry && (site === 'cross-site' || site === 'same-site')) {
      return plain(res, 403, 'Cross-site request refused.');
    }
    if (entry && url.pathname === '/') {
      const redeemed = codes.redeem(url.searchParams.get('code') ?? '');
      if (!redeemed.ok) {
        // Someone else may have used the clerk's link first: the terminal shows it.
        log(
          `browser mode: a one-time link was refused (${redeemed.reason === 'expired' ? 'too old' : 'used before, or never issued'}).`,
        );
        return plain(res, 401, LINK_SPENT);
      }
      return enter(res, `${cookieName}=${token}`, '/');
    }
    if (entry && url.pathname === '/survey') {
      if (!sameSecret(url.searchParams.get('key') ?? undefined, surveyKey))
        return plain(res, 401, 'Wrong link.');
      return enter(res, `${surveyCookieName}=${surveyKey}`, '/#/survey');
    }
    if (entry) {
      if (!sameSecret(url.searchParams.get('key') ?? undefined, displayKey))
        return plain(res, 401, 'Wrong link.');
      return enter(res, `${displayCookieName}=${displayKey}`, '/#/display');
    }
    const access = accessOf(req);
    if (!access) return plain(res, 401, NO_KEY);
    const apiMatch = /^\/api\/([A-Za-z0-9_.-]{1,80})$/.exec(url.pathname);
    if (apiMatch) {
      if (req.method !== 'POST') return plain(res, 405, 'POST only.');
      if (access === 'display' && apiMatch[1] !== DISPLAY_CHANNEL) return plain(res, 403, DISPLAY_ONLY);
      if (access === 'survey') {
        if (!SURVEY_CHANNELS.has(apiMatch[1] as string)) return plain(res, 403, SURVEY_ONLY);
        return api(req, res, apiMatch[1] as string, kioskCtx);
      }
      return api(req, res, apiMatch[1] as string);
    }
    if (access === 'display' && url.pathname.startsWith('/documents/')) return plain(res, 403, DISPLAY_ONLY);
    if (access === 'survey' && url.pathname.startsWith('/documents/')) return plain(res, 403, SURVEY_ONLY);
    const docMatch = /^\/documents\/([1-9]\d{0,15})\.pdf$/.exec(url.pathname);
    if (docMatch) {
      if (req.method !== 'GET') return plain(res, 405, 'GET only.');
      return document(res, Number(docMatch[1]));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed.');
    return file(req, res, url.pathname);
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      log(`browser mode: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) plain(res, 500, 'Internal error.');
      else res.destroy();
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    desk.close();
    throw e;
  }
  port = (server.address() as AddressInfo).port;
  // Cookies ignore the port: the port in the name keeps two runs on one machine apart.
  cookieName = `qabyldau_${port}`;
  // Its own name: a screen opened in the desk's browser must not replace the desk's cookie.
  displayCookieName = `qabyldau_display_${port}`;
  surveyCookieName = `qabyldau_survey_${port}`;
  const hostPart = host === '::1' ? '[::1]' : host;
  allowedHosts = new Set([`${hostPart}:${port}`, `localhost:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((h) => `http://${h}`));

  let closed: Promise<void> | null = null;
  const base = `http://${hostPart}:${port}`;
  return {
    origin: base,
    deskLink: () => `${base}/?code=${codes.issue()}`,
    displayUrl: `${base}/display?key=${displayKey}`,
    surveyUrl: `${base}/survey?key=${surveyKey}`,
    port,
    token,
    server,
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => {
          const last = opts.automaticBackups
            ? desk.automaticBackup('quit').catch((e: unknown) => log(`automatic backup: ${String(e)}`))
            : Promise.resolve();
          void last.then(() => {
            desk.close();
            resolve();
          });
        });
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
