// The Electron window's security settings and the "is this our own page" checks, as plain
// values and functions so that a Node test can assert them without Electron
// (electronjs.org/docs/latest/tutorial/security; FACTS.md: assert them in our own tests).
// The page holds personal and medical data (Law No. 94-V): it loads nothing from the network,
// runs no Node, opens no other window and gets no browser permission.

import type { BrowserWindowConstructorOptions, CustomScheme, WebPreferences } from 'electron';

/**
 * The built renderer is served from app://qabyldau/, not file:// (checklist item 18): with the
 * GrantFileProtocolExtraPrivileges fuse off, a file:// page is as limited as in Chrome, where
 * module scripts from file:// do not load; and a custom scheme reaches only our own folder.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'qabyldau';
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Registered before the app is ready: a standard, secure scheme, like https for the page. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Where the renderer comes from: our app:// scheme, or electron-vite's dev server in `npm run dev`. */
export type RendererPage = { kind: 'app'; url: string } | { kind: 'dev'; url: string };

export function rendererPage(opts: { isPackaged: boolean; devUrl: string | undefined }): RendererPage {
  // A packaged app never follows an environment variable to a web server.
  if (!opts.isPackaged && opts.devUrl) return { kind: 'dev', url: opts.devUrl };
  return { kind: 'app', url: APP_PAGE_URL };
}

/**
 * Electron's default menu (DevTools, reload, zoom) and DevTools itself belong to `npm run dev`
 * alone: in the office's program a clerk, or anyone at the desk, could otherwise open a console
 * on a page full of personal data and call the main side with any input from it.
 */
export function developerTools(page: RendererPage): boolean {
  return page.kind === 'dev';
}

/** No menu bar at all outside `npm run dev`: the places are the program's own navigation. */
export function installApplicationMenu(
  menu: { setApplicationMenu(menu: null): void },
  page: RendererPage,
): void {
  // Left alone in development, Electron sets its default menu with the DevTools shortcuts.
  if (!developerTools(page)) menu.setApplicationMenu(null);
}

export function webPreferences(preload: string, devTools = false): WebPreferences {
  return {
    preload,
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // A middle click would otherwise open a link in a new window (denied anyway: denyWindowOpen).
    disableBlinkFeatures: 'Auxclick',
  };
}

export function windowOptions(preload: string, devTools = false): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    title: 'Qabyldau',
    show: false,
    autoHideMenuBar: true,
    webPreferences: webPreferences(preload, devTools),
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for our own renderer page: IPC from anything else is refused. */
export function isOwnPage(url: string | undefined | null, page: RendererPage): boolean {
  const u = url ? parse(url) : null;
  if (!u) return false;
  if (page.kind === 'dev') {
    const dev = parse(page.url);
    return dev !== null && u.origin === dev.origin && (u.protocol === 'http:' || u.protocol === 'https:');
  }
  // Every file behind app://qabyldau/ is ours (the built renderer folder and nothing else), so
  // any path of it counts — the page may change its path with the History API.
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}

/**
 * What the page may fetch: its own files (or the dev server), inline data and the devtools.
 * Everything else — above all any remote address, and file:// — is cancelled before it leaves.
 */
export function isAllowedRequest(url: string, page: RendererPage): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'devtools:') return true;
  if (page.kind === 'dev') {
    const dev = parse(page.url);
    if (!dev) return false;
    // Vite's hot reload talks over a WebSocket on the same host and port.
    return u.host === dev.host && ['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol);
  }
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}

/** Every browser permission (camera, geolocation, notifications, …) is refused. */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  grant: (ok: boolean) => void,
) {
  grant(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/** window.open and target=_blank open nothing: the desk has one window. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}
