// The bridge between the sandboxed page and the main process: named calls only, never the raw
// ipcRenderer (electron-vite's template exposes it; we do not). Bundled as CommonJS because a
// sandboxed preload cannot be an ES module; zod is bundled in too (it cannot require packages).

import { contextBridge, ipcRenderer } from 'electron';
import { type QabyldauBridge, SHELL_CHANNELS } from '../shared/bridge.ts';
import { channelNames, type Invoke } from '../shared/contract/index.ts';

const known: ReadonlySet<string> = new Set(channelNames);

const invoke = ((channel: string, input: unknown) =>
  known.has(channel)
    ? ipcRenderer.invoke(channel, input)
    : Promise.resolve({
        ok: false,
        error: { code: 'unknown_channel', params: { channel: String(channel) } },
      })) as Invoke;

const bridge = {
  door: 'ipc',
  invoke,
  openDocument: (id: number) => ipcRenderer.invoke(SHELL_CHANNELS.openDocument, id),
  printDocument: (id: number) => ipcRenderer.invoke(SHELL_CHANNELS.printDocument, id),
  displays: () => ipcRenderer.invoke(SHELL_CHANNELS.displays),
  openDisplay: (screenId: number | null) => ipcRenderer.invoke(SHELL_CHANNELS.openDisplay, screenId),
  openSurvey: (screenId: number | null) => ipcRenderer.invoke(SHELL_CHANNELS.openSurvey, screenId),
} satisfies QabyldauBridge;

contextBridge.exposeInMainWorld('qabyldau', bridge);
