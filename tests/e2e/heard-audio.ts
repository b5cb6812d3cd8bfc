// What a page of the program said aloud, in Chromium: every sound it hands to Web Audio is
// counted with its rate and length (the display's call, the kiosk's question read aloud).

import type { Page } from 'playwright-core';

export interface Heard {
  rate: number;
  seconds: number;
}

/** The page's side, named here (this program has no DOM types). */
interface PageAudioBuffer {
  sampleRate: number;
  length: number;
}
interface PageWindow {
  heard?: Heard[];
  AudioBuffer: { prototype: { copyToChannel(this: PageAudioBuffer, ...args: unknown[]): void } };
}

/** From the page's next load on, records every buffer of sound it fills. */
export async function listenToAudio(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = globalThis as unknown as PageWindow;
    w.heard = [];
    const original = w.AudioBuffer.prototype.copyToChannel;
    w.AudioBuffer.prototype.copyToChannel = function (this: PageAudioBuffer, ...args: unknown[]) {
      w.heard?.push({ rate: this.sampleRate, seconds: this.length / this.sampleRate });
      return original.apply(this, args);
    };
  });
}

/** How many sounds the page has made so far. */
export function heardCount(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as PageWindow).heard?.length ?? 0);
}

/** Waits until the page has made at least `count` sounds; returns them all. */
export async function waitForHeard(page: Page, count: number, timeout = 30_000): Promise<Heard[]> {
  const handle = await page.waitForFunction(
    (n) => {
      const heard = (globalThis as unknown as PageWindow).heard ?? [];
      return heard.length >= n && heard;
    },
    count,
    { timeout },
  );
  return (await handle.jsonValue()) as Heard[];
}
