// What the page sees of the main side: the one typed call of the contract plus the things that
// are not channels because they hand something to the operating system: a stored PDF to the
// viewer or printer, the waiting-room screen to a monitor.
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
  /** The screens the waiting-room display can go on (Electron); none in the browser mode. */
  displays(): Promise<Result<DisplayScreen[]>>;
  /**
   * Opens the waiting-room screen (§7, §10): full screen on the chosen display (Electron), or
   * its own page in a new window of the browser (browser mode: /#/display).
   */
  openDisplay(screenId: number | null): Promise<Result<{ opened: true }>>;
  /**
   * Opens the survey kiosk (§19) full screen on a screen of the desk's computer (Electron). The
   * browser mode has a link of its own for it (…/survey?key=…), so there it opens nothing.
   */
  openSurvey(screenId: number | null): Promise<Result<{ opened: true }>>;
}

/** A monitor or TV connected to the desk's computer. */
export interface DisplayScreen {
  id: number;
  label: string;
  width: number;
  height: number;
  primary: boolean;
}

/** IPC names of the two shell calls; dotted like the contract, but outside it on purpose. */
export const SHELL_CHANNELS = {
  openDocument: 'shell.openDocument',
  printDocument: 'shell.printDocument',
  displays: 'shell.displays',
  openDisplay: 'shell.openDisplay',
  openSurvey: 'shell.openSurvey',
} as const;

declare global {
  interface Window {
    qabyldau?: QabyldauBridge;
  }
}
