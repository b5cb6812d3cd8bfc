// The survey kiosk in Electron (§19; issue 10): the built page at #/survey in a window of its
// own, full screen on a screen of the desk's computer (a touch monitor turned to the waiting
// room), chosen as the waiting-room screen's is (display-window.ts). Like that window it has its
// own Session that nobody signs in to, so it can call only the channels open before sign-in —
// survey.questions and survey.answer as the kiosk — and its answers are audited with no user.

import type { BrowserWindowConstructorOptions } from 'electron';
import { displayWindowOptions, type ScreenLike } from './display-window.ts';
import { type RendererPage, webPreferences } from './window-options.ts';

/** The route of renderer/src/main.tsx that shows the survey kiosk instead of the desk. */
export const SURVEY_ROUTE = '#/survey';

export function surveyPageUrl(page: RendererPage): string {
  return `${page.url.replace(/#.*$/, '')}${SURVEY_ROUTE}`;
}

/** The waiting-room screen's window, but light, and without its one exception (autoplay). */
export function surveyWindowOptions(
  preload: string,
  bounds: ScreenLike['bounds'],
): BrowserWindowConstructorOptions {
  return {
    ...displayWindowOptions(preload, bounds),
    backgroundColor: '#f7f9fb',
    title: 'Qabyldau — сауалнама / анкета',
    webPreferences: webPreferences(preload),
  };
}
