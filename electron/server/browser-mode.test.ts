import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BASE64 } from '../../shared/domain/complaint-attachment.ts';
import { plantIndexDamage } from '../../tests/support/desk-files.ts';
import { adultIntake } from '../../tests/support/people.ts';
import { fixedClock } from '../kernel/context.ts';
import { type BrowserMode, CONTENT_SECURITY_POLICY, startBrowserMode } from './browser-mode.ts';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let dataDir: string;
let rendererDir: string;
let mode: BrowserMode;
let clock: ReturnType<typeof fixedClock>;
let logged: string[];

function request(opts: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  address?: string;
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: opts.address ?? '127.0.0.1',
        port: mode.port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: { Host: `127.0.0.1:${mode.port}`, ...opts.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** The path and query of a printed link, for a request with our own Host header. */
const pathOf = (link: string) => {
  const u = new URL(link);
  return `${u.pathname}${u.search}`;
};

const withToken = () => ({ 'X-Qabyldau-Token': mode.token });

function post(channel: string, input: unknown, headers: Record<string, string> = withToken()) {
  return request({
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof input === 'string' ? input : JSON.stringify(input),
  });
}

const firstUser = {
  login: 'aigerim',
  fullName: 'Айгерім Сапарқызы Нұрланова',
  role: 'clerk',
  language: 'kk',
  password: 'syrly-kilt-2026',
};

async function userCount(): Promise<number> {
  const r = await post('session.users', {});
  return (JSON.parse(r.body) as { value: unknown[] }).value.length;
}

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-browser-'));
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qabyldau-renderer-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Qabyldau</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dataDir, 'secret.txt'), 'not for the web');
  clock = fixedClock('2026-11-25T05:00:00.000Z');
  logged = [];
  mode = await startBrowserMode({ dataDir, rendererDir, clock, log: (m) => logged.push(m) });
});

afterEach(async () => {
  await mode.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(rendererDir, { recursive: true, force: true });
});

describe('the browser mode lets in only the holder of this run’s key', () => {
  it('answers a call that carries the key with the Result of the handler', async () => {
    const r = await post('users.create', firstUser);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { login: 'aigerim', role: 'admin' } });
    expect(await userCount()).toBe(1);
  });

  it('refuses a call without the key, or with a wrong one, with 401 and writes nothing', async () => {
    const none = await post('users.create', firstUser, {});
    const wrong = await post('users.create', firstUser, { 'X-Qabyldau-Token': `${mode.token.slice(1)}x` });
    const wrongCookie = await post('users.create', firstUser, { Cookie: `qabyldau_${mode.port}=nope` });
    expect([none.status, wrong.status, wrongCookie.status]).toEqual([401, 401, 401]);
    expect(await userCount()).toBe(0);
  });

  it('leaves a checked copy at the day’s first start and on close, when it is a desk door', async () => {
    const backups = path.join(dataDir, 'backups');
    const copies = () => fs.readdirSync(backups).filter((f) => f.endsWith('.sqlite'));
    expect(copies()).toEqual([]);
    const door = await startBrowserMode({
      dataDir,
      rendererDir,
      log: () => {},
      clock: fixedClock('2026-11-25T05:00:00.000Z'),
      automaticBackups: true,
    });
    await door.close();
    expect(copies().length).toBeGreaterThan(0);
    for (const name of copies()) {
      expect(name).toMatch(/^qabyldau-2026-11-25-100000-(start|quit)\.sqlite$/);
      const copy = new Database(path.join(backups, name), { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
    }
  });

  it('makes a new key at every start', async () => {
    const other = await startBrowserMode({ dataDir, rendererDir, log: () => {} });
    try {
      expect(other.token).not.toBe(mode.token);
      expect(Buffer.from(other.token, 'base64url')).toHaveLength(32);
    } finally {
      await other.close();
    }
  });

  it('turns a one-time link into an HttpOnly SameSite=Strict cookie and a page that moves on to /', async () => {
    const link = mode.deskLink();
    expect(link).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${mode.port}/\\?code=[\\w-]{43}$`));
    const r = await request({ path: pathOf(link) });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<meta http-equiv="refresh" content="0;url=/">');
    const cookie = r.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const pair = cookie.split(';')[0] as string;
    const page = await request({ path: '/', headers: { Cookie: pair } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Qabyldau</title>');
    const call = await post('users.create', firstUser, { Cookie: pair });
    expect(JSON.parse(call.body)).toMatchObject({ ok: true });
  });

  it('never puts the desk’s key in a link, and does not take it from one', async () => {
    for (const link of [mode.deskLink(), mode.deskLink(), mode.displayUrl])
      expect(link).not.toContain(mode.token);
    expect(mode.deskLink()).not.toBe(mode.deskLink());
    for (const p of [`/?token=${mode.token}`, `/?code=${mode.token}`, `/display?key=${mode.token}`]) {
      const r = await request({ path: p });
      expect(r.status, p).toBe(401);
      expect(r.headers['set-cookie'], p).toBeUndefined();
    }
  });

  it('refuses a one-time link the second time, and a link older than two minutes', async () => {
    const once = mode.deskLink();
    expect((await request({ path: pathOf(once) })).status).toBe(200);
    const again = await request({ path: pathOf(once) });
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body).toMatch(/used or is older than 2 minutes/);

    const late = mode.deskLink();
    const inTime = mode.deskLink();
    clock.advanceMinutes(1);
    expect((await request({ path: pathOf(inTime) })).status).toBe(200);
    clock.advanceMinutes(1);
    const tooLate = await request({ path: pathOf(late) });
    expect(tooLate.status).toBe(401);
    expect(tooLate.headers['set-cookie']).toBeUndefined();
    // Refused once, spent for good: turning the clock back does not revive it.
    clock.advanceMinutes(-2);
    expect((await request({ path: pathOf(late) })).status).toBe(401);
    expect(logged.join('\n')).not.toContain(mode.token);
    expect(logged.filter((m) => /one-time link was refused/.test(m))).toHaveLength(3);
  });

  it('lets a link opened from another site (the opener’s local page) in, but only with a live code', async () => {
    const crossSite = { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' };
    const r = await request({ path: pathOf(mode.deskLink()), headers: crossSite });
    expect(r.status).toBe(200);
    expect(r.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await request({ path: '/?code=guess', headers: crossSite })).status).toBe(401);
    // Anything else from another site stays refused, the key notwithstanding.
    expect((await request({ path: '/', headers: { ...crossSite, ...withToken() } })).status).toBe(403);
  });

  it('has a link of its own for the waiting-room screen that opens that screen and nothing else', async () => {
    expect(mode.displayUrl).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${mode.port}/display\\?key=[\\w-]{43}$`),
    );
    const display = pathOf(mode.displayUrl);
    const r = await request({ path: display });
    expect(r.status).toBe(200);
    expect(r.body).toContain('content="0;url=/#/display"');
    const pair = (r.headers['set-cookie']?.[0] ?? '').split(';')[0] as string;
    expect(pair).toMatch(new RegExp(`^qabyldau_display_${mode.port}=`));
    // An unattended TV reopens it after a restart of its browser: good for the whole run.
    clock.advanceMinutes(600);
    expect((await request({ path: display })).status).toBe(200);
    // The screen shows ticket numbers without anyone signed in; its page and scripts load.
    const screen = await post('queue.display', {}, { Cookie: pair });
    expect(JSON.parse(screen.body)).toMatchObject({ ok: true, value: { room: '8' } });
    expect((await request({ path: '/assets/app.js', headers: { Cookie: pair } })).status).toBe(200);
    // Nothing else: no other channel, no document, no write.
    for (const channel of ['session.users', 'users.create', 'applications.search', 'audit.list']) {
      expect((await post(channel, firstUser, { Cookie: pair })).status, channel).toBe(403);
    }
    expect((await request({ path: '/documents/1.pdf', headers: { Cookie: pair } })).status).toBe(403);
    expect(await userCount()).toBe(0);
    expect((await post('queue.display', {}, {})).status).toBe(401);
    expect((await request({ path: `/display?key=${mode.token.slice(1)}x` })).status).toBe(401);
  });

  it('has a link of its own for the survey kiosk: its page and the survey channels only, answers nobody’s', async () => {
    expect(mode.surveyUrl).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${mode.port}/survey\\?key=[\\w-]{43}$`),
    );
    // A clerk signed in at the desk issues a ticket; its code is printed on it.
    await post('users.create', firstUser);
    await post('session.signIn', { login: firstUser.login, password: firstUser.password });
    const ticket = JSON.parse((await post('queue.issue', { purpose: 'hand_in' })).body).value as {
      id: number;
    };
    const { code } = JSON.parse((await post('survey.visitCode', { ticketId: ticket.id })).body).value;

    const r = await request({ path: pathOf(mode.surveyUrl) });
    expect(r.status).toBe(200);
    expect(r.body).toContain('content="0;url=/#/survey"');
    const pair = (r.headers['set-cookie']?.[0] ?? '').split(';')[0] as string;
    expect(pair).toMatch(new RegExp(`^qabyldau_survey_${mode.port}=`));
    clock.advanceMinutes(600);
    expect((await request({ path: pathOf(mode.surveyUrl) })).status).toBe(200);
    const kiosk = { Cookie: pair };

    const asked = JSON.parse((await post('survey.questions', { visitCode: code }, kiosk)).body);
    expect(asked).toMatchObject({
      ok: true,
      // With the office's volume, at which the kiosk reads a question aloud on request.
      value: { purpose: 'hand_in', questions: ['2.1', '3.1', '5.1'], voice: { volume: 90 } },
    });
    // The kiosk cannot pass an answer off as a typed-in paper form.
    const paper = { visitCode: code, source: 'paper', answers: [{ question: '2.1', answer: 5 }] };
    expect(JSON.parse((await post('survey.answer', paper, kiosk)).body)).toMatchObject({
      ok: false,
      error: { code: 'not_signed_in' },
    });
    const answers = [
      { question: '2.1', answer: 5 },
      { question: '3.1', answer: 4 },
      { question: '5.1', answer: 2 },
    ];
    const done = JSON.parse(
      (await post('survey.answer', { visitCode: code, source: 'kiosk', answers }, kiosk)).body,
    );
    expect(done).toMatchObject({ ok: true, value: { recorded: 3 } });
    // Audited with door browser and no user, though a clerk is signed in at the desk's tab.
    const db = new Database(path.join(dataDir, 'qabyldau.sqlite'), { readonly: true });
    const rows = db
      .prepare("SELECT user_id AS userId, door, after FROM audit_log WHERE action = 'survey.answer'")
      .all() as { userId: number | null; door: string; after: string }[];
    db.close();
    expect(rows.map((x) => [x.userId, x.door])).toEqual([
      [null, 'browser'],
      [null, 'browser'],
      [null, 'browser'],
    ]);
    expect(rows.map((x) => JSON.parse(x.after).source)).toEqual(['kiosk', 'kiosk', 'kiosk']);
    expect(rows.some((x) => x.after.includes(code))).toBe(false);
    expect(
      JSON.parse((await post('survey.questions', { visitCode: code }, kiosk)).body).value.questions,
    ).toEqual([]);
    // Nothing else: no other channel, no document.
    for (const channel of ['session.users', 'queue.display', 'survey.visitCode', 'applications.search']) {
      expect((await post(channel, {}, kiosk)).status, channel).toBe(403);
    }
    expect((await request({ path: '/documents/1.pdf', headers: kiosk })).status).toBe(403);
    expect((await request({ path: `/survey?key=${mode.token}` })).status).toBe(401);
  });

  it('gives no cookie for a link with a wrong code', async () => {
    for (const p of ['/?code=guess', '/?code=', '/?code=%00', `/?code=${'A'.repeat(10_000)}`]) {
      const r = await request({ path: p });
      expect(r.status, p).toBe(401);
      expect(r.headers['set-cookie'], p).toBeUndefined();
    }
  });

  it('serves even the page and its scripts only with the key', async () => {
    expect((await request({ path: '/' })).status).toBe(401);
    expect((await request({ path: '/assets/app.js' })).status).toBe(401);
    const js = await request({ path: '/assets/app.js', headers: withToken() });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('serves nothing outside the built renderer, however the path is written', async () => {
    // The data folder sits beside the renderer's: ../<its name>/secret.txt is a real target.
    const sibling = path.basename(dataDir);
    const target = `${sibling}/secret.txt`;
    const paths = [
      `/../${target}`,
      `/assets/../../${target}`,
      `/assets/..%2f..%2f${sibling}%2fsecret.txt`,
      `/%2e%2e/${target}`,
      `/%2e%2e%2f${sibling}%2fsecret.txt`,
      `/.%2e/${target}`,
      `/%2E%2E/${target}`,
      `/..%5c${sibling}%5csecret.txt`,
      `/..\\${sibling}\\secret.txt`,
      `/assets\\..\\..\\${sibling}\\secret.txt`,
      `/%252e%252e/${target}`,
      `/%252e%252e%252f${sibling}%252fsecret.txt`,
      `/%c0%ae%c0%ae/${target}`,
      `/%2e%2e%00/${target}`,
      `/documents/../../${target}`,
      `/documents/..%2f..%2f${sibling}%2fsecret.txt`,
      `/documents/1.pdf/../../../${target}`,
      `/api/..%2f..%2f${target}`,
      `/${dataDir}/secret.txt`,
      `//${dataDir}/secret.txt`,
      `/../${sibling}/qabyldau.sqlite`,
    ];
    for (const p of paths) {
      for (const method of ['GET', 'HEAD']) {
        const r = await request({ method, path: p, headers: withToken() });
        expect(r.status, `${method} ${p}`).not.toBe(200);
        expect(r.body, p).not.toContain('not for the web');
        expect(r.body, p).not.toContain('SQLite format');
      }
    }
  });

  it('wants the key for stored documents too', async () => {
    const none = await request({ path: '/documents/1.pdf' });
    expect(none.status).toBe(401);
    // With the key but nobody signed in at this desk: still no document.
    const anonymous = await request({ path: '/documents/1.pdf', headers: withToken() });
    expect(anonymous.status).toBe(403);
  });

  it('serves a stored PDF to the signed-in desk that holds the key, never cached', async () => {
    await post('users.create', firstUser);
    await post('session.signIn', { login: firstUser.login, password: firstUser.password });
    const accepted = JSON.parse((await post('intake.accept', adultIntake())).body) as {
      value: { applicationId: number };
    };
    const talon = JSON.parse(
      (await post('intake.printTalon', { applicationId: accepted.value.applicationId })).body,
    ) as {
      value: { id: number };
    };
    const pdf = await request({ path: `/documents/${talon.value.id}.pdf`, headers: withToken() });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['cache-control']).toBe('no-store');
    expect(pdf.body.startsWith('%PDF-')).toBe(true);
    expect((await request({ path: `/documents/${talon.value.id}.pdf` })).status).toBe(401);
    expect((await request({ path: '/documents/9999.pdf', headers: withToken() })).status).toBe(404);
  });
});

describe('the browser mode refuses other sites and other names', () => {
  it('refuses a Host that is not 127.0.0.1 or localhost with our port (DNS rebinding)', async () => {
    for (const host of [
      `evil.example:${mode.port}`,
      'evil.example',
      `localhost.evil.example:${mode.port}`,
      `127.0.0.1.nip.io:${mode.port}`,
      `127.0.0.1:${mode.port}.evil.example`,
      `127.0.0.1:${mode.port}@evil.example`,
      `127.0.0.1:${mode.port + 1}`,
      '127.0.0.1',
      `0.0.0.0:${mode.port}`,
    ]) {
      const r = await request({
        method: 'POST',
        path: '/api/users.create',
        headers: { ...withToken(), Host: host, 'Content-Type': 'application/json' },
        body: JSON.stringify(firstUser),
      });
      expect([421, 403], host).toContain(r.status);
    }
    // No Host at all (HTTP/1.0), which Node's client would fill in: written by hand.
    const noHost = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port: mode.port }, () =>
        socket.end(`GET / HTTP/1.0\r\n${'X-Qabyldau-Token'}: ${mode.token}\r\n\r\n`),
      );
      let answer = '';
      socket.on('data', (c: Buffer) => {
        answer += c.toString();
      });
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    });
    expect(noHost).toMatch(/^HTTP\/1\.1 421 /);
    const local = await post('session.users', {}, { ...withToken(), Host: `localhost:${mode.port}` });
    expect(local.status).toBe(200);
    expect(await userCount()).toBe(0);
  });

  it('refuses a call from another site’s page even with the cookie', async () => {
    const cookie =
      (await request({ path: pathOf(mode.deskLink()) })).headers['set-cookie']?.[0]?.split(';')[0] ?? '';
    for (const origin of [
      'https://evil.example',
      'null',
      `http://127.0.0.1:${mode.port + 1}`,
      `https://127.0.0.1:${mode.port}`,
      `http://localhost.evil.example:${mode.port}`,
      `http://127.0.0.1:${mode.port}.evil.example`,
      'file://',
    ]) {
      const r = await post('users.create', firstUser, { Cookie: cookie, Origin: origin });
      expect(r.status, origin).toBe(403);
    }
    for (const site of ['cross-site', 'same-site']) {
      const fetched = await post('users.create', firstUser, { Cookie: cookie, 'Sec-Fetch-Site': site });
      expect(fetched.status, site).toBe(403);
    }
    expect(await userCount()).toBe(0);
    const own = await post('users.create', firstUser, {
      Cookie: cookie,
      Origin: `http://127.0.0.1:${mode.port}`,
    });
    expect(own.status).toBe(200);
  });

  it('never sends CORS headers and always sends the security headers', async () => {
    for (const r of [
      await request({ path: '/', headers: withToken() }),
      await request({ path: '/' }),
      await post('session.users', {}, { ...withToken(), Origin: `http://127.0.0.1:${mode.port}` }),
    ]) {
      expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
      expect(r.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      // 'wasm-unsafe-eval' (the speech engine's WebAssembly) is allowed; JavaScript eval is not.
      expect(r.headers['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('uses the same Content-Security-Policy as renderer/index.html (which cannot hold frame-ancestors)', () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(`${meta}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('the browser mode withstands the attacks of issue 9', () => {
  const deskCookie = async () =>
    (await request({ path: pathOf(mode.deskLink()) })).headers['set-cookie']?.[0]?.split(';')[0] ?? '';

  it('refuses the bodies an HTML form of another site can send, even with the cookie, and writes nothing', async () => {
    const cookie = await deskCookie();
    const forms: [string, string][] = [
      ['text/plain', JSON.stringify(firstUser)],
      ['text/plain; charset=utf-8', `${JSON.stringify(firstUser)}=`],
      ['application/x-www-form-urlencoded', 'login=aigerim&fullName=x&role=admin&language=kk'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--',
      ],
      ['', JSON.stringify(firstUser)],
      ['application/jsonx', JSON.stringify(firstUser)],
    ];
    for (const [type, body] of forms) {
      const headers: Record<string, string> = { Cookie: cookie, ...(type ? { 'Content-Type': type } : {}) };
      // As a browser sends it (from another site), and as a same-site form might (no Origin).
      const crossSite = await request({
        method: 'POST',
        path: '/api/users.create',
        headers: { ...headers, Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' },
        body,
      });
      expect(crossSite.status, type).toBe(403);
      const plainForm = await request({ method: 'POST', path: '/api/users.create', headers, body });
      expect(plainForm.status, type).toBe(415);
    }
    // A GET can never write: the API answers POST only.
    expect((await request({ path: '/api/users.create', headers: { Cookie: cookie } })).status).toBe(405);
    expect(await userCount()).toBe(0);
  });

  it('refuses a body over its limit with 413 and writes nothing, announced or streamed', {
    timeout: 30_000,
  }, async () => {
    const huge = JSON.stringify({ ...firstUser, fullName: 'А'.repeat(1024 * 1024 + 10) });
    expect(Buffer.byteLength(huge)).toBeGreaterThan(2 * 1024 * 1024);
    const announced = await post('users.create', huge);
    expect(announced.status).toBe(413);
    // Chunked, with no length announced: counted as it arrives.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: mode.port,
          method: 'POST',
          path: '/api/users.create',
          headers: { Host: `127.0.0.1:${mode.port}`, 'Content-Type': 'application/json', ...withToken() },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = Buffer.alloc(256 * 1024, 0x20);
      for (let i = 0; i < 12; i++) req.write(chunk);
      req.end();
    });
    expect(streamed).toBe(413);
    // The one channel that carries a scanned letter has its own, larger, limit — and no more.
    const letter = `{"complaintId":1,"data":"${'A'.repeat(MAX_ATTACHMENT_BASE64 + 64 * 1024)}"}`;
    expect((await post('complaints.attach', letter)).status).toBe(413);
    expect(await userCount()).toBe(0);
  });

  it('answers a normal call at once while 3 000 half-open connections hang on it', {
    timeout: 60_000,
  }, async () => {
    const sockets: net.Socket[] = [];
    try {
      // Bounded, loopback only, and closed in finally: the test cleans up after itself.
      for (let batch = 0; batch < 6; batch++) {
        await Promise.all(
          Array.from(
            { length: 500 },
            (_, i) =>
              new Promise<void>((resolve, reject) => {
                const socket = net.connect({ host: '127.0.0.1', port: mode.port }, () => {
                  // Half the sockets start a request and never finish its headers or its body.
                  if (i % 2 === 0)
                    socket.write(`POST /api/users.create HTTP/1.1\r\nHost: 127.0.0.1:${mode.port}\r\n`);
                  else
                    socket.write(
                      `POST /api/users.create HTTP/1.1\r\nHost: 127.0.0.1:${mode.port}\r\nContent-Length: 100000\r\nContent-Type: application/json\r\n\r\n{`,
                    );
                  resolve();
                });
                socket.on('error', reject);
                sockets.push(socket);
              }),
          ),
        );
      }
      expect(sockets).toHaveLength(3000);
      const started = performance.now();
      const r = await post('session.users', {});
      const took = performance.now() - started;
      expect(r.status).toBe(200);
      // Typically a few milliseconds; the bound leaves room for a busy test machine.
      expect(took).toBeLessThan(1000);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  });
});

describe('the browser mode is no open port', () => {
  it('listens on 127.0.0.1 only', async () => {
    const address = mode.server.address() as net.AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(address.family).toBe('IPv4');
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !i.internal && i.family === 'IPv4')
      .map((i) => (i as os.NetworkInterfaceInfo).address);
    // On Linux all of 127.0.0.0/8 is this machine: a server bound to 0.0.0.0 would answer there.
    if (process.platform === 'linux') others.push('127.0.0.2');
    for (const address of others) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = net.connect({ host: address, port: mode.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(false);
        });
        socket.once('error', () => resolve(true));
      });
      expect(refused, address).toBe(true);
    }
  });

  it('refuses to listen on a non-loopback address', async () => {
    await expect(startBrowserMode({ dataDir, host: '0.0.0.0', log: () => {} })).rejects.toThrow(/loopback/);
  });
});

describe('the browser mode answers bad input with a Result', () => {
  it('answers malformed JSON with invalid_input and writes nothing', async () => {
    const r = await post('users.create', '{"login": "aigerim",');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await userCount()).toBe(0);
  });

  it('answers an input the contract rejects with invalid_input and writes nothing', async () => {
    const r = await post('users.create', { ...firstUser, login: 'Not A Login' });
    expect(JSON.parse(r.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: 'login', message: 'login_format' }] },
    });
    expect(await userCount()).toBe(0);
  });

  it('answers an unknown channel with unknown_channel, and a form post with 415', async () => {
    expect(JSON.parse((await post('db.exec', {})).body)).toMatchObject({
      error: { code: 'unknown_channel' },
    });
    const form = await request({
      method: 'POST',
      path: '/api/users.create',
      headers: { ...withToken(), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'login=aigerim',
    });
    expect(form.status).toBe(415);
    expect(await userCount()).toBe(0);
  });

  it('keeps one signed-in desk for the whole run', async () => {
    await post('users.create', firstUser);
    await post('session.signIn', { login: firstUser.login, password: firstUser.password });
    const current = JSON.parse((await post('session.current', {})).body);
    expect(current).toMatchObject({ ok: true, value: { login: 'aigerim' } });
    const audit = JSON.parse((await post('audit.list', {})).body) as { value: { rows: { door: string }[] } };
    expect(new Set(audit.value.rows.map((a) => a.door))).toEqual(new Set(['browser']));
  });
});

// Issue 12: as in the window, a large file's day's full check runs in a worker while the browser
// mode serves. Any file is "large" here: the size limit is lowered to 0 bytes.
describe('the browser mode checks a large file in the background, as the window does', () => {
  const until = async (seen: () => boolean) => {
    while (!seen()) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  const nextDay = async () => {
    await mode.close();
    clock.set('2026-11-26T04:00:00.000Z');
    mode = await startBrowserMode({
      dataDir,
      rendererDir,
      clock,
      log: (m) => logged.push(m),
      syncCheckLimit: 0,
    });
  };
  const record = () => JSON.parse(fs.readFileSync(path.join(dataDir, 'integrity-checked.json'), 'utf8'));

  it('serves at once, says so in its terminal, and records the day when the check passes', async () => {
    await post('users.create', firstUser);
    await nextDay();
    expect(logged).toContain(`integrity: the day's full check of ${dataDir} runs in the background`);
    expect(await userCount()).toBe(1);
    await until(() => logged.includes('integrity: the full check passed'));
    expect(record()).toMatchObject({ day: '2026-11-26', at: '2026-11-26T04:00:00.000Z' });
  });

  it('refuses changes once the check finds damage, and records the damage', async () => {
    await post('users.create', firstUser);
    await mode.close();
    plantIndexDamage(path.join(dataDir, 'qabyldau.sqlite'), 'sqlite_autoindex_users_1', 'aigerim', 'aigerin');
    await nextDay();
    await until(() => fs.existsSync(path.join(dataDir, 'integrity-checked.json')) && 'damaged' in record());
    expect(record().damaged.report).toContain('sqlite_autoindex_users_1');
    // Signing in still works; a change is refused with the code that says to restore a backup.
    await post('session.signIn', { login: firstUser.login, password: firstUser.password });
    const write = await post('users.create', { ...firstUser, login: 'bolat', fullName: 'Болат Жақсылықов' });
    expect(JSON.parse(write.body)).toMatchObject({ ok: false, error: { code: 'database_check_failed' } });
  });
});
