// Door 1: Electron IPC. One ipcMain.handle per contract channel (never a generic "call
// anything" channel), each checking that the sender is our own page before the registry runs.
// Typed against a minimal ipcMain so that a Node test can register it without Electron.

import { type DisplayScreen, SHELL_CHANNELS } from '../../shared/bridge.ts';
import { id } from '../../shared/contract/common.ts';
import { channelNames } from '../../shared/contract/index.ts';
import type { Result } from '../../shared/contract/result.ts';
import type { AppContext } from '../kernel/context.ts';
import type { Registry } from '../kernel/registry.ts';
import { isOwnPage, type RendererPage } from './window-options.ts';

export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, input: unknown) => unknown): void;
}

export interface ShellCalls {
  openDocument(ctx: AppContext, id: number): Promise<Result<{ opened: true }>>;
  printDocument(ctx: AppContext, id: number): Promise<Result<{ printed: boolean; printer: string | null }>>;
  /** The monitors connected (shell/display-window.ts). */
  displays(): Promise<Result<DisplayScreen[]>>;
  /** The waiting-room screen, full screen on the chosen monitor. */
  openDisplay(screenId: number | null): Promise<Result<{ opened: true }>>;
  /** The survey kiosk, full screen on the chosen monitor (shell/survey-window.ts). */
  openSurvey(screenId: number | null): Promise<Result<{ opened: true }>>;
}

const FORBIDDEN = { ok: false, error: { code: 'forbidden', params: { reason: 'foreign_sender' } } } as const;

/** Our page, in the top frame: an iframe or a navigated-away page gets nothing. */
export function isTrustedSender(event: InvokeEventLike, page: RendererPage): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isOwnPage(frame.url, page);
}

export function registerIpc(
  ipc: IpcMainLike,
  opts: {
    page: RendererPage;
    registry: Registry;
    /** The context of the window that sent the call (its own Session). */
    contextFor(event: InvokeEventLike): AppContext;
    shell: ShellCalls;
  },
): string[] {
  const registered: string[] = [];
  const handle = (channel: string, run: (event: InvokeEventLike, input: unknown) => Promise<unknown>) => {
    ipc.handle(channel, (event, input) =>
      isTrustedSender(event, opts.page) ? run(event, input) : Promise.resolve(FORBIDDEN),
    );
    registered.push(channel);
  };
  for (const channel of channelNames) {
    handle(channel, (event, input) => opts.registry.dispatch(channel, input, opts.contextFor(event)));
  }
  const withId =
    <T>(call: (ctx: AppContext, id: number) => Promise<Result<T>>) =>
    async (event: InvokeEventLike, input: unknown): Promise<Result<T>> => {
      const parsed = id.safeParse(input);
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid_input', issues: [{ path: 'id', message: 'id' }] } };
      }
      return call(opts.contextFor(event), parsed.data);
    };
  handle(SHELL_CHANNELS.openDocument, withId(opts.shell.openDocument));
  handle(SHELL_CHANNELS.printDocument, withId(opts.shell.printDocument));
  // The waiting-room screen is opened by a signed-in clerk only (the screen's own window is not).
  const clerkOnly =
    <T>(call: (input: unknown) => Promise<Result<T>>) =>
    async (event: InvokeEventLike, input: unknown): Promise<Result<T>> =>
      opts.contextFor(event).session.userId === null
        ? { ok: false, error: { code: 'not_signed_in' } }
        : call(input);
  handle(
    SHELL_CHANNELS.displays,
    clerkOnly(() => opts.shell.displays()),
  );
  // A window on a screen of the computer (the waiting-room screen, the survey kiosk): a screen id or none.
  const onScreen = (open: (screenId: number | null) => Promise<Result<{ opened: true }>>) =>
    clerkOnly(async (input) => {
      const screenId = id.nullable().safeParse(input ?? null);
      if (!screenId.success) {
        return { ok: false, error: { code: 'invalid_input', issues: [{ path: 'screenId', message: 'id' }] } };
      }
      return open(screenId.data);
    });
  handle(SHELL_CHANNELS.openDisplay, onScreen(opts.shell.openDisplay));
  handle(SHELL_CHANNELS.openSurvey, onScreen(opts.shell.openSurvey));
  return registered;
}
