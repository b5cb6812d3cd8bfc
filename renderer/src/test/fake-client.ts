// A fake main side typed by the contract (STYLE.md: Actual's `initServer({...})`): each test
// names the channels it answers; a handler throws DomainError to answer with an error, as the
// real registry does. Every call is recorded in order.

import type { PrintedDocument } from '../../../shared/contract/common.ts';
import type { ChannelName, Input, Invoke, Output, Result } from '../../../shared/contract/index.ts';
import { DomainError, toAppError } from '../../../shared/contract/result.ts';
import type { ApiClient } from '../api/client.ts';

export type FakeHandlers = { [C in ChannelName]?: (input: Input<C>) => Output<C> | Promise<Output<C>> };

export interface Call {
  channel: ChannelName;
  input: unknown;
}

export interface FakeMain {
  client: ApiClient;
  calls: Call[];
  /** The inputs of every call to one channel, typed by the contract. */
  inputsOf<C extends ChannelName>(channel: C): Input<C>[];
  /** Ids of documents sent to paper / opened, in order. */
  printed: number[];
  opened: number[];
  /** Screens the waiting-room display was opened on (null: the browser's new window). */
  displaysOpened: (number | null)[];
  /** Screens the survey kiosk was opened on. */
  surveysOpened: (number | null)[];
}

export function fakeMain(handlers: FakeHandlers, door: 'ipc' | 'browser' = 'ipc'): FakeMain {
  const calls: Call[] = [];
  const printed: number[] = [];
  const opened: number[] = [];
  const displaysOpened: (number | null)[] = [];
  const surveysOpened: (number | null)[] = [];
  const invoke = (async <C extends ChannelName>(channel: C, input: Input<C>): Promise<Result<Output<C>>> => {
    calls.push({ channel, input });
    const handler = handlers[channel] as ((i: Input<C>) => Output<C> | Promise<Output<C>>) | undefined;
    if (!handler)
      return { ok: false, error: { code: 'internal', params: { detail: `no fake for ${channel}` } } };
    try {
      return { ok: true, value: await handler(input) };
    } catch (e) {
      // A fake that throws anything but a DomainError is a broken test: let it fail loudly.
      if (e instanceof DomainError) return { ok: false, error: toAppError(e) };
      throw e;
    }
  }) as Invoke;
  return {
    calls,
    printed,
    opened,
    displaysOpened,
    surveysOpened,
    inputsOf: <C extends ChannelName>(channel: C) =>
      calls.filter((c) => c.channel === channel).map((c) => c.input as Input<C>),
    client: {
      door,
      invoke,
      async openDocument(id) {
        opened.push(id);
        return { ok: true, value: { opened: true } };
      },
      async printDocument(id) {
        printed.push(id);
        return { ok: true, value: { printed: true, printer: null } };
      },
      async displays() {
        return { ok: true, value: [] };
      },
      async openDisplay(screenId) {
        displaysOpened.push(screenId);
        return { ok: true, value: { opened: true } };
      },
      async openSurvey(screenId) {
        surveysOpened.push(screenId);
        return { ok: true, value: { opened: true } };
      },
    },
  };
}

let nextDocumentId = 100;
export function printedDocument(kind: string, over: Partial<PrintedDocument> = {}): PrintedDocument {
  const id = nextDocumentId++;
  return {
    id,
    kind,
    fileName: `${kind}-${id}.pdf`,
    lang: 'kk',
    layout: 'a6',
    pages: 1,
    copy: false,
    printedAt: '2026-11-25T05:00:00.000Z',
    ...over,
  };
}
