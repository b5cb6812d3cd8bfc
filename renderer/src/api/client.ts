// The renderer's one door to the main side. In Electron the preload hands us the bridge; in
// the browser mode the same shape is built here over HTTP. Stores receive it as a parameter,
// so a test passes a fake typed by the same contract (STYLE.md: Actual's `initServer`).

import type { QabyldauBridge } from '../../../shared/bridge.ts';
import type { ChannelName, Input, Invoke, Output, Result } from '../../../shared/contract/index.ts';

export type ApiClient = QabyldauBridge;

/** The waiting-room screen's own address in the browser mode (main.tsx routes on it). */
const DISPLAY_PATH = '/#/display';

function failure(detail: string): { ok: false; error: { code: 'internal'; params: { detail: string } } } {
  return { ok: false, error: { code: 'internal', params: { detail } } };
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export interface BrowserDeps {
  fetch: typeof fetch;
  open: (url: string) => unknown;
}

/** The browser mode: the same handlers behind `POST /api/<channel>` on this machine only. */
export function browserClient(
  deps: BrowserDeps = { fetch: (...a) => fetch(...a), open: (u) => window.open(u) },
): ApiClient {
  const invoke = (async <C extends ChannelName>(channel: C, input: Input<C>): Promise<Result<Output<C>>> => {
    let body: unknown;
    try {
      const response = await deps.fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: JSON.stringify(input ?? {}),
      });
      body = await response.json();
    } catch (e) {
      // The desk's own server is unreachable: say so as an error the clerk can read.
      return {
        ok: false,
        error: {
          code: 'internal',
          params: { where: 'network', detail: e instanceof Error ? e.message : String(e) },
        },
      };
    }
    return isResult(body) ? (body as Result<Output<C>>) : failure('the answer was not a Result');
  }) as Invoke;

  // The PDF opens in the browser's viewer, which has its own print button.
  const show = (id: number): boolean => Boolean(deps.open(`/documents/${id}.pdf`));
  return {
    door: 'browser',
    invoke,
    async openDocument(id) {
      return show(id) ? { ok: true, value: { opened: true } } : failure('popup_blocked');
    },
    async printDocument(id) {
      return show(id) ? { ok: true, value: { printed: false, printer: null } } : failure('popup_blocked');
    },
    // The browser knows no monitors: the screen opens as its own page, to be moved to the TV.
    async displays() {
      return { ok: true, value: [] };
    },
    async openDisplay() {
      return deps.open(DISPLAY_PATH) ? { ok: true, value: { opened: true } } : failure('popup_blocked');
    },
    // The kiosk has a link of its own (printed by npm start / desk serve): opened from the desk's
    // tab it would answer in the clerk's session.
    async openSurvey() {
      return failure('survey_kiosk_link');
    },
  };
}

/** Electron's preload bridge when present, otherwise the browser mode. */
export function defaultClient(): ApiClient {
  return window.qabyldau ?? browserClient();
}
