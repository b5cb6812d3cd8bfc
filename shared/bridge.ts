// What the page sees of the main side: the one typed call of the contract plus two things that
// are not channels because they hand a stored PDF to the operating system (viewer, printer).
// The Electron preload provides it over IPC; the browser mode provides the same shape over
// HTTP, so the renderer never knows which door it came through.

import type { Invoke } from './contract/index.ts';
import type { Result } from './contract/result.ts';

export interface QabyldauBridge {
  door: 'ipc' | 'browser';
  invoke: Invoke;
  /** Opens a stored PDF (a talon, a missing list) in the system's viewer. */
  openDocument(id: number): Promise<Result<{ opened: true }>>;
  /** Sends a stored PDF to the printer named in the settings, or lets the clerk choose one. */
  printDocument(id: number): Promise<Result<{ printed: boolean; printer: string | null }>>;
}

/** IPC names of the two shell calls; dotted like the contract, but outside it on purpose. */
export const SHELL_CHANNELS = {
  openDocument: 'shell.openDocument',
  printDocument: 'shell.printDocument',
} as const;

declare global {
  interface Window {
    qabyldau?: QabyldauBridge;
  }
}
