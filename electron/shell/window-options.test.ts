import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SHELL_CHANNELS } from '../../shared/bridge.ts';
import { channelNames } from '../../shared/contract/index.ts';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { createAppRegistry } from '../desk/handlers.ts';
import { type InvokeEventLike, type IpcMainLike, registerIpc } from './ipc.ts';
import {
  APP_PAGE_URL,
  APP_SCHEME_PRIVILEGES,
  denyPermissionCheck,
  denyPermissionRequest,
  denyWindowOpen,
  developerTools,
  installApplicationMenu,
  isAllowedRequest,
  isOwnPage,
  type RendererPage,
  rendererPage,
  webPreferences,
  windowOptions,
} from './window-options.ts';

const built: RendererPage = { kind: 'app', url: APP_PAGE_URL };
const ownUrl = 'app://qabyldau/index.html';
const dev: RendererPage = { kind: 'dev', url: 'http://localhost:5173/' };

describe('the Electron window (security checklist)', () => {
  it('isolates the page: sandbox, context isolation, no Node, web security on', () => {
    const prefs = windowOptions('/app/out/preload/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(webPreferences('x')).toEqual({ ...prefs, preload: 'x' });
  });

  it('has no menu (DevTools, reload) and no DevTools outside `npm run dev`', () => {
    const set: unknown[] = [];
    const menu = { setApplicationMenu: (m: null) => void set.push(m) };
    installApplicationMenu(menu, built);
    expect(set).toEqual([null]);
    expect(developerTools(built)).toBe(false);
    expect(windowOptions('p', developerTools(built)).webPreferences?.devTools).toBe(false);
    // A packaged program never becomes the dev page, whatever the environment says.
    const packaged = rendererPage({ isPackaged: true, devUrl: 'http://localhost:5173/' });
    installApplicationMenu(menu, packaged);
    expect(set).toEqual([null, null]);
    expect(developerTools(packaged)).toBe(false);
  });

  it('keeps Electron’s default menu and DevTools for the developer in `npm run dev`', () => {
    const set: unknown[] = [];
    installApplicationMenu({ setApplicationMenu: (m: null) => void set.push(m) }, dev);
    expect(set).toEqual([]);
    expect(windowOptions('p', developerTools(dev)).webPreferences?.devTools).toBe(true);
  });

  it('denies every permission request and check, and every new window', () => {
    let granted: boolean | undefined;
    denyPermissionRequest(null, 'media', (ok) => {
      granted = ok;
    });
    expect(granted).toBe(false);
    expect(denyPermissionCheck()).toBe(false);
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('follows the dev server only when the app is not packaged', () => {
    expect(rendererPage({ isPackaged: false, devUrl: 'http://localhost:5173/' })).toEqual(dev);
    expect(rendererPage({ isPackaged: true, devUrl: 'http://localhost:5173/' })).toEqual(built);
    expect(rendererPage({ isPackaged: false, devUrl: undefined })).toEqual(built);
  });

  it('serves the built page from a secure standard app:// scheme, not file://', () => {
    expect(APP_PAGE_URL).toBe(ownUrl);
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    });
  });
});

describe('our own page', () => {
  it('is the built index.html, with or without a fragment', () => {
    expect(isOwnPage(ownUrl, built)).toBe(true);
    expect(isOwnPage(`${ownUrl}#/intake`, built)).toBe(true);
  });

  it('is not another file, another host of the scheme, a web address, or nothing', () => {
    expect(isOwnPage('file:///etc/passwd', built)).toBe(false);
    expect(isOwnPage('file:///opt/qabyldau/resources/app.asar/out/renderer/index.html', built)).toBe(false);
    expect(isOwnPage('app://other/index.html', built)).toBe(false);
    expect(isOwnPage('https://evil.example/', built)).toBe(false);
    expect(isOwnPage('http://localhost:5173/', built)).toBe(false);
    expect(isOwnPage(null, built)).toBe(false);
    expect(isOwnPage('not a url', built)).toBe(false);
  });

  it('is the dev server’s origin in development, nothing else', () => {
    expect(isOwnPage('http://localhost:5173/', dev)).toBe(true);
    expect(isOwnPage('http://localhost:5174/', dev)).toBe(false);
    expect(isOwnPage(ownUrl, dev)).toBe(false);
  });

  it('loads only its own files: every remote request is cancelled', () => {
    expect(isAllowedRequest('app://qabyldau/assets/index-CxfwYVN7.js', built)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', built)).toBe(true);
    expect(isAllowedRequest('https://fonts.googleapis.com/css', built)).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/x', built)).toBe(false);
    expect(isAllowedRequest('file:///home/clerk/secret.pdf', built)).toBe(false);
    expect(isAllowedRequest('app://elsewhere/x.js', built)).toBe(false);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('https://cdn.example/react.js', dev)).toBe(false);
  });
});

describe('IPC registration', () => {
  let desk: TestDesk;
  const handlers = new Map<string, (event: InvokeEventLike, input: unknown) => unknown>();
  const fakeIpc: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const opened: number[] = [];
  const displays: (number | null)[] = [];
  const surveys: (number | null)[] = [];
  const from = (url: string, parent: unknown = null): InvokeEventLike => ({ senderFrame: { url, parent } });

  beforeEach(async () => {
    desk = await openTestDesk({ signIn: false });
    handlers.clear();
    opened.length = 0;
    displays.length = 0;
    surveys.length = 0;
    registerIpc(fakeIpc, {
      page: built,
      registry: createAppRegistry(() => {}),
      contextFor: () => desk.ctx,
      shell: {
        openDocument: async (_ctx, id) => {
          opened.push(id);
          return { ok: true, value: { opened: true } };
        },
        printDocument: async () => ({ ok: true, value: { printed: false, printer: null } }),
        displays: async () => ({ ok: true, value: [] }),
        openDisplay: async (screenId) => {
          displays.push(screenId);
          return { ok: true, value: { opened: true } };
        },
        openSurvey: async (screenId) => {
          surveys.push(screenId);
          return { ok: true, value: { opened: true } };
        },
      },
    });
  });
  afterEach(() => desk.close());

  const newUser = {
    login: 'aigerim',
    fullName: 'Айгерім Нұрланова',
    role: 'clerk',
    language: 'kk',
    password: 'syrly-kilt-2026',
  };
  const users = () => (desk.ctx.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;

  it('registers one handler for every channel of the contract and the shell calls, nothing else', () => {
    expect([...handlers.keys()].sort()).toEqual([...channelNames, ...Object.values(SHELL_CHANNELS)].sort());
  });

  it('opens the waiting-room screen only for a signed-in clerk, on a screen named by a valid id', async () => {
    const open = handlers.get(SHELL_CHANNELS.openDisplay);
    expect(await open?.(from(ownUrl), null)).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    const clerk = (await handlers.get('users.create')?.(from(ownUrl), newUser)) as { value: { id: number } };
    desk.ctx.session.userId = clerk.value.id;
    expect(await open?.(from(ownUrl), 'HDMI-1; reboot')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await open?.(from('https://evil.example/'), 5)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await open?.(from(ownUrl), 5)).toEqual({ ok: true, value: { opened: true } });
    expect(await open?.(from(ownUrl), null)).toEqual({ ok: true, value: { opened: true } });
    expect(displays).toEqual([5, null]);
  });

  it('opens the survey kiosk only for a signed-in clerk, on a screen named by a valid id', async () => {
    const open = handlers.get(SHELL_CHANNELS.openSurvey);
    expect(await open?.(from(ownUrl), null)).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    const clerk = (await handlers.get('users.create')?.(from(ownUrl), newUser)) as { value: { id: number } };
    desk.ctx.session.userId = clerk.value.id;
    expect(await open?.(from(ownUrl), 'touch; reboot')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await open?.(from('https://evil.example/'), 5)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await open?.(from(ownUrl), 3)).toEqual({ ok: true, value: { opened: true } });
    expect(surveys).toEqual([3]);
  });

  it('runs a call from our page through the registry', async () => {
    const r = await handlers.get('users.create')?.(from(ownUrl), newUser);
    expect(r).toMatchObject({ ok: true, value: { login: 'aigerim' } });
    expect(users()).toBe(1);
  });

  it('refuses a call from another page, an iframe or a destroyed frame, and writes nothing', async () => {
    const call = handlers.get('users.create');
    for (const event of [from('https://evil.example/'), from(ownUrl, { url: 'x' }), { senderFrame: null }]) {
      expect(await call?.(event, newUser)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await handlers.get(SHELL_CHANNELS.openDocument)?.(from('https://evil.example/'), 1)).toMatchObject(
      {
        ok: false,
      },
    );
    expect(users()).toBe(0);
    expect(opened).toEqual([]);
  });

  it('validates the document id of the shell calls', async () => {
    const open = handlers.get(SHELL_CHANNELS.openDocument);
    expect(await open?.(from(ownUrl), '1; rm -rf /')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await open?.(from(ownUrl), 7)).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual([7]);
  });
});
