// The survey kiosk's Electron window, checked without Electron (shell/survey-window.ts).

import { describe, expect, it } from 'vitest';
import { SURVEY_ROUTE, surveyPageUrl, surveyWindowOptions } from './survey-window.ts';
import { APP_PAGE_URL, webPreferences } from './window-options.ts';

describe('the survey kiosk window', () => {
  it('shows the built page at #/survey, in the app and in development alike', () => {
    expect(surveyPageUrl({ kind: 'app', url: APP_PAGE_URL })).toBe(`${APP_PAGE_URL}${SURVEY_ROUTE}`);
    expect(surveyPageUrl({ kind: 'dev', url: 'http://localhost:5173/#/x' })).toBe(
      'http://localhost:5173/#/survey',
    );
  });

  it('is the desk’s sandboxed page, full screen on the chosen screen, with no exception to its settings', () => {
    const bounds = { x: 1366, y: 0, width: 1280, height: 800 };
    const o = surveyWindowOptions('/app/preload.cjs', bounds);
    expect(o).toMatchObject({ ...bounds, fullscreen: true, frame: false, show: false });
    expect(o.webPreferences).toEqual(webPreferences('/app/preload.cjs'));
    expect(o.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  });
});
