// The waiting-room screen's Electron window, checked without Electron (shell/display-window.ts):
// which monitor it goes on, and that it is the desk's sandboxed page with one difference only.

import { describe, expect, it } from 'vitest';
import {
  chooseScreen,
  DISPLAY_ROUTE,
  displayPageUrl,
  displayWindowOptions,
  screensOf,
} from './display-window.ts';
import { APP_PAGE_URL, webPreferences } from './window-options.ts';

const laptop = { id: 1, label: 'Built-in', bounds: { x: 0, y: 0, width: 1366, height: 768 } };
const tv = { id: 7, label: 'LG TV', bounds: { x: 1366, y: 0, width: 1920, height: 1080 } };
const monitor = { id: 9, label: '', bounds: { x: -1920, y: 0, width: 1920, height: 1080 } };

describe('the waiting-room screen window', () => {
  it('shows the built page at #/display, in the app and in development alike', () => {
    expect(displayPageUrl({ kind: 'app', url: APP_PAGE_URL })).toBe(`${APP_PAGE_URL}${DISPLAY_ROUTE}`);
    expect(displayPageUrl({ kind: 'dev', url: 'http://localhost:5173/#/x' })).toBe(
      'http://localhost:5173/#/display',
    );
  });

  it('goes on the chosen screen, else the first that is not the clerk’s, else the only one', () => {
    expect(chooseScreen([laptop, tv, monitor], 9, 1)).toBe(monitor);
    expect(chooseScreen([laptop, tv], null, 1)).toBe(tv);
    // The TV chosen yesterday is unplugged today.
    expect(chooseScreen([laptop, monitor], 7, 1)).toBe(monitor);
    expect(chooseScreen([laptop], null, 1)).toBe(laptop);
    expect(() => chooseScreen([], null, 1)).toThrow(/no display/);
  });

  it('lists the screens with their sizes and which one is the clerk’s', () => {
    expect(screensOf([laptop, monitor], 1)).toEqual([
      { id: 1, label: 'Built-in', width: 1366, height: 768, primary: true },
      { id: 9, label: '2', width: 1920, height: 1080, primary: false },
    ]);
  });

  it('is full screen on that screen, with the desk’s web preferences and only autoplay added', () => {
    const o = displayWindowOptions('/app/preload.cjs', tv.bounds);
    expect(o).toMatchObject({
      x: 1366,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
      frame: false,
      show: false,
    });
    expect(o.webPreferences).toEqual({
      ...webPreferences('/app/preload.cjs'),
      autoplayPolicy: 'no-user-gesture-required',
    });
    expect(o.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });
});
