// Door 1: the Electron main process. Thin on purpose: it opens the desk (database, registry),
// makes the one window with the settings of shell/window-options.ts, registers one IPC handler
// per contract channel (shell/ipc.ts) and closes the database on quit. No rule lives here.

import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type WebContents,
} from 'electron';
import { resolveDataDir } from './desk/data-dir.ts';
import { type Desk, openDesk } from './desk/open-desk.ts';
import type { Session } from './kernel/context.ts';
import { chooseScreen, displayPageUrl, displayWindowOptions, screensOf } from './shell/display-window.ts';
import { registerIpc } from './shell/ipc.ts';
import {
  execFileAsync,
  openStoredDocument,
  printStoredDocument,
  type ShellDeps,
} from './shell/print-document.ts';
import { rendererResponse } from './shell/renderer-files.ts';
import { surveyPageUrl, surveyWindowOptions } from './shell/survey-window.ts';
import {
  APP_HOST,
  APP_SCHEME,
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
  windowOptions,
} from './shell/window-options.ts';

// Built layout (electron-vite): out/main/main.js, out/preload/preload.cjs, out/renderer/.
const preload = path.join(import.meta.dirname, '../preload/preload.cjs');
const rendererDir = path.join(import.meta.dirname, '../renderer');

app.enableSandbox();
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

let desk: Desk | null = null;
/** One Session per window: signing in at one window signs in nobody else. */
const sessions = new Map<number, Session>();

function sessionOf(contents: WebContents): Session {
  let s = sessions.get(contents.id);
  if (!s) {
    s = { userId: null };
    sessions.set(contents.id, s);
    contents.once('destroyed', () => sessions.delete(contents.id));
  }
  return s;
}

function harden(contents: WebContents, page: RendererPage): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, page)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url, page)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
}

/** The waiting-room screen: one window, full screen on the chosen monitor (shell/display-window.ts). */
let displayWindow: BrowserWindow | null = null;

function createWindow(page: RendererPage): void {
  const win = new BrowserWindow(windowOptions(preload, developerTools(page)));
  win.once('ready-to-show', () => win.show());
  // The waiting-room screen belongs to the desk: closing the desk closes it, and the program.
  win.on('closed', () => {
    displayWindow?.close();
    surveyWindow?.close();
  });
  void win.loadURL(page.url);
}

/**
 * A full-screen window of its own on the chosen monitor (the waiting-room screen, the survey
 * kiosk): the one already open is moved there, else `create` makes it.
 */
function showOnScreen(
  open: BrowserWindow | null,
  screenId: number | null,
  create: (bounds: Electron.Rectangle) => BrowserWindow,
): BrowserWindow {
  const target = chooseScreen(screen.getAllDisplays(), screenId, screen.getPrimaryDisplay().id);
  if (open && !open.isDestroyed()) {
    open.setFullScreen(false);
    open.setBounds(target.bounds);
    open.setFullScreen(true);
    open.show();
    return open;
  }
  const win = create(target.bounds);
  win.once('ready-to-show', () => win.show());
  return win;
}

function openDisplayWindow(page: RendererPage, screenId: number | null): void {
  displayWindow = showOnScreen(displayWindow, screenId, (bounds) => {
    const win = new BrowserWindow(displayWindowOptions(preload, bounds));
    win.on('closed', () => {
      displayWindow = null;
    });
    void win.loadURL(displayPageUrl(page));
    return win;
  });
}

/** The survey kiosk: one window, full screen on the chosen monitor (shell/survey-window.ts). */
let surveyWindow: BrowserWindow | null = null;

function openSurveyWindow(page: RendererPage, screenId: number | null): void {
  surveyWindow = showOnScreen(surveyWindow, screenId, (bounds) => {
    const win = new BrowserWindow(surveyWindowOptions(preload, bounds));
    win.on('closed', () => {
      surveyWindow = null;
    });
    void win.loadURL(surveyPageUrl(page));
    return win;
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  const page = rendererPage({ isPackaged: app.isPackaged, devUrl: process.env.ELECTRON_RENDERER_URL });
  installApplicationMenu(Menu, page);
  try {
    desk = openDesk(resolveDataDir({ argv: process.argv, electronUserData: app.getPath('userData') }));
  } catch (e) {
    // A damaged or too-new database: say so and stop, rather than start on a wrong file.
    dialog.showErrorBox('Qabyldau', e instanceof Error ? e.message : String(e));
    app.exit(1);
    return;
  }
  const open = desk;
  // Issue 9: the day's first start leaves a checked copy in the administrator's folder; a failure
  // (a USB stick taken out) does not stop the desk — the start screen warns (backup.status).
  void open.automaticBackup('start').catch((e: unknown) => console.error('automatic backup:', e));

  protocol.handle(APP_SCHEME, (request) => rendererResponse(request.url, rendererDir, APP_HOST));
  session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
  session.defaultSession.webRequest.onBeforeRequest((details, done) =>
    done({ cancel: !isAllowedRequest(details.url, page) }),
  );
  app.on('web-contents-created', (_event, contents) => harden(contents, page));

  const shellDeps: ShellDeps = {
    registry: open.registry,
    platform: process.platform,
    openPath: (file) => shell.openPath(file),
    execFile: execFileAsync,
    // Loaded only where it is used: it ships SumatraPDF for Windows.
    printOnWindows: async (file, options) => (await import('pdf-to-printer')).print(file, options),
  };
  registerIpc(ipcMain, {
    page,
    registry: open.registry,
    contextFor: (event) => open.context('ipc', sessionOf((event as Electron.IpcMainInvokeEvent).sender)),
    shell: {
      openDocument: (ctx, id) => openStoredDocument(ctx, id, shellDeps),
      printDocument: (ctx, id) => printStoredDocument(ctx, id, shellDeps),
      displays: async () => ({
        ok: true,
        value: screensOf(screen.getAllDisplays(), screen.getPrimaryDisplay().id),
      }),
      openDisplay: async (screenId) => {
        openDisplayWindow(page, screenId);
        return { ok: true, value: { opened: true } };
      },
      openSurvey: async (screenId) => {
        openSurveyWindow(page, screenId);
        return { ok: true, value: { opened: true } };
      },
    },
  });

  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  createWindow(page);
}

// One desk per machine account: a second start focuses the first window instead.
if (app.requestSingleInstanceLock()) {
  app.on('window-all-closed', () => app.quit());
  // On quit: one more checked copy, then the database is closed (its WAL checkpointed).
  app.on('will-quit', (event) => {
    const open = desk;
    if (!open) return;
    desk = null;
    event.preventDefault();
    void open
      .automaticBackup('quit')
      .catch((e: unknown) => console.error('automatic backup:', e))
      .finally(() => {
        open.close();
        app.quit();
      });
  });
  void start();
} else {
  app.quit();
}
