// The waiting-room screen in Electron (§7, §10): a second window, full screen on the monitor or
// TV the office chooses, showing the same built page at #/display. Plain values and functions,
// so a Node test can check them without Electron; main.ts only creates the window with them.
//
// The window is the same sandboxed page as the desk's, with its own Session that nobody signs
// in to: it can call only what needs no clerk (queue.display — numbers, no personal data). The
// one setting it adds is the autoplay policy: the screen chimes on every call without anyone
// clicking it first, which is what it is for.

import type { BrowserWindowConstructorOptions } from 'electron';
import type { DisplayScreen } from '../../shared/bridge.ts';
import { type RendererPage, webPreferences } from './window-options.ts';

/** The route of renderer/src/main.tsx that shows the waiting-room screen instead of the desk. */
export const DISPLAY_ROUTE = '#/display';

export function displayPageUrl(page: RendererPage): string {
  return `${page.url.replace(/#.*$/, '')}${DISPLAY_ROUTE}`;
}

/** What Electron's screen module says of a display, as far as we use it. */
export interface ScreenLike {
  id: number;
  label?: string;
  bounds: { x: number; y: number; width: number; height: number };
}

export function screensOf(all: readonly ScreenLike[], primaryId: number): DisplayScreen[] {
  return all.map((d, i) => ({
    id: d.id,
    label: d.label?.trim() || `${i + 1}`,
    width: d.bounds.width,
    height: d.bounds.height,
    primary: d.id === primaryId,
  }));
}

/**
 * The screen asked for; when none is named (or it was unplugged), the first one that is not the
 * clerk's — a TV is the second screen — and the clerk's own only when there is no other.
 */
export function chooseScreen(
  all: readonly ScreenLike[],
  requested: number | null,
  primaryId: number,
): ScreenLike {
  const named = requested === null ? undefined : all.find((d) => d.id === requested);
  const chosen =
    named ?? all.find((d) => d.id !== primaryId) ?? all.find((d) => d.id === primaryId) ?? all[0];
  if (!chosen) throw new Error('no display connected');
  return chosen;
}

export function displayWindowOptions(
  preload: string,
  bounds: ScreenLike['bounds'],
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: '#0b2540',
    title: 'Qabyldau — кезек / очередь',
    show: false,
    webPreferences: { ...webPreferences(preload), autoplayPolicy: 'no-user-gesture-required' },
  };
}
