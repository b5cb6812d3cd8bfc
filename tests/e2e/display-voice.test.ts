// The call, spoken, in Chromium (issue 13): the waiting-room screen, behind its own link, loads
// the speech engine only when it first speaks (its WebAssembly under the page's policy), and
// after the chime says the call in Kazakh and then in Russian.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { ARTIFACTS, checkAccessibility, type E2eDesk, openE2eDesk } from './browser.ts';
import { listenToAudio, waitForHeard } from './heard-audio.ts';
import { ui } from './ui-expect.ts';

// Wednesday 25.11.2026, 10:00 in the office (UTC+5): the queue is open.
const clock = fixedClock('2026-11-25T05:00:00.000Z');
let desk: E2eDesk;
let display: Page;
/** What the screen's page fetched of the speech engine (its script chunks and its .wasm). */
const engineRequests: string[] = [];

beforeAll(async () => {
  desk = await openE2eDesk({ clock });
});
afterAll(async () => {
  await desk?.close();
});

describe('the waiting-room screen speaks', () => {
  it('loads no speech engine before the first call', async () => {
    await desk.firstStart('a.nurlanova', 'Айгерім Нұрланова');
    // The desk's first screen, open: nothing of the speech engine among what its page fetched.
    const fetched = await desk.page.evaluate(() =>
      (
        globalThis as unknown as { performance: { getEntriesByType(t: string): { name: string }[] } }
      ).performance
        .getEntriesByType('resource')
        .map((e) => e.name),
    );
    expect(fetched.some((u) => u.includes('/assets/'))).toBe(true);
    expect(fetched.filter((u) => /espeak|speech/.test(u))).toEqual([]);
    await desk.api('queue.issue', { purpose: 'hand_in' });
    display = await desk.context.newPage();
    display.on('request', (r) => {
      if (/espeak|speech/.test(r.url())) engineRequests.push(r.url());
    });
    await listenToAudio(display);
    await display.goto(desk.displayUrl);
    await ui.text(display.locator('.next-list'), 'A-001');
    const sound = display.getByRole('button', { name: /Дыбысты қосу/ });
    if (await sound.count()) await sound.click();
    expect(engineRequests).toEqual([]);
  });

  it('says the call after the chime: Kazakh, then Russian, each a few seconds of speech', async () => {
    await desk.api('queue.callNext', {});
    await ui.exactText(display.getByTestId('now-number'), 'A-001');
    const sounds = await waitForHeard(display, 2);
    expect(sounds.map((s) => s.rate)).toEqual([22_050, 22_050]);
    for (const s of sounds) {
      expect(s.seconds).toBeGreaterThan(1.5);
      expect(s.seconds).toBeLessThan(8);
    }
    // Kazakh first, as Settings has it: its phrase of A-001 is the longer (about 4.9 s to 3.6 s).
    expect(sounds[0]?.seconds).toBeGreaterThan(sounds[1]?.seconds ?? 0);
    expect(engineRequests.some((u) => u.endsWith('.wasm'))).toBe(true);
    await checkAccessibility(display, 'a11y-display-called');
  });
});

describe('the call, spoken, in Settings', () => {
  it('shows the administrator the voice, its languages and words, and the call of A-015 as it will sound', async () => {
    await desk.place('Баптаулар');
    const form = desk.page.getByRole('form', { name: 'Шақыруды дауыстап айту' });
    await ui.text(
      form.getByTestId('voice-sample'),
      'а он бес нөмірлі талон, сегіз нөмірлі кабинетке келіңіз.',
    );
    await form.scrollIntoViewIfNeeded();
    await form.screenshot({ path: `${ARTIFACTS}/settings-voice.png` });
    await checkAccessibility(desk.page, 'a11y-settings-voice');
  });
});
