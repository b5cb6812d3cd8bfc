// The waiting-room screen seen from across the room (issue 13): at 1920×1080 and 1366×768, after a
// call, the called number's glyphs stand at least a fifth of the screen's height and its colour
// against its background keeps WCAG AAA's 7 : 1 — flashing, highlighted steadily when the screen
// asks for no motion, and settled — measured in Chromium from the page's own layout and styles.

import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { ARTIFACTS, type E2eDesk, openE2eDesk } from './browser.ts';
import { contrast } from './contrast.ts';
import { ui } from './ui-expect.ts';

// Wednesday 25.11.2026, 10:00 in the office (UTC+5): the queue is open.
const clock = fixedClock('2026-11-25T05:00:00.000Z');
let desk: E2eDesk;
let display: Page;
/** The ticket called first, called again in the second step. */
/** What was measured, by screenshot, kept beside the screenshots for whoever checks them. */
const record: Record<string, Measured & { contrast: number }> = {};
let firstCalled: { id: number; number: string };

beforeAll(async () => {
  desk = await openE2eDesk({ clock });
});
afterAll(async () => {
  fs.writeFileSync(`${ARTIFACTS}/display-distance.json`, `${JSON.stringify(record, null, 2)}\n`);
  await desk?.close();
});

interface Measured {
  viewportHeight: number;
  boxHeight: number;
  fontSize: number;
  /** The ink of the number's text, top of the tallest glyph to the bottom of the lowest. */
  glyphHeight: number;
  color: string;
  background: string;
}

/**
 * The number's box, type size and glyph height (the text measured on a canvas in the element's
 * own font), its colour and the background it stands on: its own, or its nearest ancestor's.
 */
const measure = (flashAtMs: number | null) => `(() => {
  const el = document.querySelector('[data-testid="now-number"]');
  const at = ${flashAtMs};
  // A moment of the flash, held still: its animation paused at that time of its run.
  if (at !== null) for (const a of el.getAnimations()) { a.pause(); a.currentTime = at; }
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const ctx = document.createElement('canvas').getContext('2d');
  ctx.font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily;
  const m = ctx.measureText(el.textContent.trim());
  let background = 'rgba(0, 0, 0, 0)';
  for (let e = el; e; e = e.parentElement) {
    const b = getComputedStyle(e).backgroundColor;
    if (!/rgba\\(.*, 0\\)$/.test(b) && b !== 'transparent') { background = b; break; }
  }
  return {
    viewportHeight: window.innerHeight,
    boxHeight: box.height,
    fontSize: parseFloat(style.fontSize),
    glyphHeight: m.actualBoundingBoxAscent + m.actualBoundingBoxDescent,
    color: style.color,
    background,
  };
})()`;

async function measured(name: string, flashAtMs: number | null = null): Promise<Measured> {
  const m = (await display.evaluate(measure(flashAtMs))) as Measured;
  await display.screenshot({ path: `${ARTIFACTS}/${name}.png` });
  record[name] = { ...m, contrast: contrast(m.color, m.background) };
  return m;
}

function readableAcrossTheRoom(m: Measured) {
  // A fifth of the screen's height: the box, the type and the ink of the glyphs themselves.
  expect(m.boxHeight).toBeGreaterThanOrEqual(m.viewportHeight / 5);
  expect(m.fontSize).toBeGreaterThanOrEqual(m.viewportHeight / 5);
  expect(m.glyphHeight).toBeGreaterThanOrEqual(m.viewportHeight / 5);
  // WCAG AAA for the number: 7 : 1 at least, whatever the moment of the flash.
  expect(m.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(contrast(m.color, m.background)).toBeGreaterThanOrEqual(7);
}

describe('the called number, from six metres', () => {
  it('fills more than a fifth of a 1920×1080 screen in AAA contrast while it flashes and after', async () => {
    await desk.firstStart('a.nurlanova', 'Айгерім Нұрланова');
    await desk.api('queue.issue', { purpose: 'hand_in' });
    await desk.api('queue.issue', { purpose: 'collect' });
    display = await desk.context.newPage();
    await display.setViewportSize({ width: 1920, height: 1080 });
    await display.goto(desk.displayUrl);
    await ui.text(display.locator('.next-list'), 'A-001');
    const call = await desk.api<{ ticket: { id: number; number: string } | null }>('queue.callNext', {});
    expect(call.ticket?.number).toBe('A-001');
    if (call.ticket) firstCalled = call.ticket;
    await ui.exactText(display.getByTestId('now-number'), 'A-001');
    await ui.visible(display.locator('.now-number.flash'));
    await ui.text(display.locator('.now-state'), 'Шақырылады');
    await ui.text(display.locator('.now-state'), 'Вызывается');
    // Both moments of the flash: dark on yellow, then yellow on dark (it turns every half second).
    const flashOn = await measured('display-distance-1920x1080-flash', 250);
    const flashOff = await measured('display-distance-1920x1080-flash-2', 750);
    expect(flashOn.color).not.toBe(flashOff.color);
    readableAcrossTheRoom(flashOn);
    readableAcrossTheRoom(flashOff);
    // Settled: the flash ends within a few seconds, the number stays as large and as clear.
    await ui.absent(display.locator('.now-number.flash'));
    readableAcrossTheRoom(await measured('display-distance-1920x1080'));
  });

  it('tells a recall by its words and mark, and holds at 1366×768 with no motion wanted', async () => {
    await display.setViewportSize({ width: 1366, height: 768 });
    await display.emulateMedia({ reducedMotion: 'reduce' });
    await desk.api('queue.recall', { ticketId: firstCalled.id });
    await ui.text(display.locator('.now-state'), 'Қайта шақырылады');
    await ui.text(display.locator('.now-state'), 'Повторный вызов');
    expect(await display.locator('.now-state svg').getAttribute('data-mark')).toBe('recalled');
    // The steady highlight: no animation runs, the number stays dark on yellow.
    await ui.visible(display.locator('.now-number.flash'));
    const animation = await display.getByTestId('now-number').evaluate((e) => {
      const g = globalThis as unknown as { getComputedStyle(e: unknown): { animationName: string } };
      return g.getComputedStyle(e).animationName;
    });
    expect(animation).toBe('none');
    readableAcrossTheRoom(await measured('display-distance-1366x768-recall-steady'));
    await ui.absent(display.locator('.now-number.flash'));
    readableAcrossTheRoom(await measured('display-distance-1366x768'));
  });
});
