import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
  mode = await startBrowserMode({
    dataDir,
    rendererDir,
    clock: fixedClock('2026-11-25T05:00:00.000Z'),
    log: () => {},
  });
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

  it('makes a new key at every start', async () => {
    const other = await startBrowserMode({ dataDir, rendererDir, log: () => {} });
    try {
      expect(other.token).not.toBe(mode.token);
      expect(Buffer.from(other.token, 'base64url')).toHaveLength(32);
    } finally {
      await other.close();
    }
  });

  it('turns the link with the key into an HttpOnly SameSite=Strict cookie and a redirect to /', async () => {
    expect(mode.url).toBe(`http://127.0.0.1:${mode.port}/?token=${mode.token}`);
    const r = await request({ path: `/?token=${mode.token}` });
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/');
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

  it('has a link of its own for the waiting-room screen: the same key, a cookie, the display page', async () => {
    expect(mode.displayUrl).toBe(`http://127.0.0.1:${mode.port}/display?token=${mode.token}`);
    const r = await request({ path: `/display?token=${mode.token}` });
    expect(r.status).toBe(303);
    expect(r.headers.location).toBe('/#/display');
    const pair = (r.headers['set-cookie']?.[0] ?? '').split(';')[0] as string;
    // The screen shows ticket numbers without anyone signed in, but still only with the key.
    const screen = await post('queue.display', {}, { Cookie: pair });
    expect(JSON.parse(screen.body)).toMatchObject({ ok: true, value: { room: '8' } });
    expect((await post('queue.display', {}, {})).status).toBe(401);
    expect((await request({ path: `/display?token=${mode.token.slice(1)}x` })).status).toBe(401);
  });

  it('gives no cookie for a link with a wrong key', async () => {
    const r = await request({ path: '/?token=guess' });
    expect(r.status).toBe(401);
    expect(r.headers['set-cookie']).toBeUndefined();
  });

  it('serves even the page and its scripts only with the key', async () => {
    expect((await request({ path: '/' })).status).toBe(401);
    expect((await request({ path: '/assets/app.js' })).status).toBe(401);
    const js = await request({ path: '/assets/app.js', headers: withToken() });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('serves nothing outside the built renderer, however the path is written', async () => {
    for (const p of [
      '/../secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/..%5csecret.txt',
    ]) {
      const r = await request({ path: p, headers: withToken() });
      expect(r.status, p).not.toBe(200);
      expect(r.body).not.toContain('not for the web');
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
    for (const host of [`evil.example:${mode.port}`, `127.0.0.1:${mode.port + 1}`, '127.0.0.1']) {
      const r = await request({
        method: 'POST',
        path: '/api/users.create',
        headers: { ...withToken(), Host: host, 'Content-Type': 'application/json' },
        body: JSON.stringify(firstUser),
      });
      expect([421, 403], host).toContain(r.status);
    }
    const local = await post('session.users', {}, { ...withToken(), Host: `localhost:${mode.port}` });
    expect(local.status).toBe(200);
    expect(await userCount()).toBe(0);
  });

  it('refuses a call from another site’s page even with the cookie', async () => {
    const cookie =
      (await request({ path: `/?token=${mode.token}` })).headers['set-cookie']?.[0]?.split(';')[0] ?? '';
    for (const origin of ['https://evil.example', 'null', `http://127.0.0.1:${mode.port + 1}`]) {
      const r = await post('users.create', firstUser, { Cookie: cookie, Origin: origin });
      expect(r.status, origin).toBe(403);
    }
    const fetched = await post('users.create', firstUser, { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' });
    expect(fetched.status).toBe(403);
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
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('uses the same Content-Security-Policy as renderer/index.html', () => {
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
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
    const audit = JSON.parse((await post('audit.list', {})).body) as { value: { door: string }[] };
    expect(new Set(audit.value.map((a) => a.door))).toEqual(new Set(['browser']));
  });
});
