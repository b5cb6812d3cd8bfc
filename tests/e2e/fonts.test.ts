// The desk's font in the page (scripts/fonts-build.ts, renderer/src/styles/fonts.css): the
// sign-in form and the intake are drawn from the WOFF2 subsets of PT Sans alone, every Kazakh
// letter of them; a name typed with a letter outside them (Ő) is still drawn in our font, that
// letter from the full PT Sans TTF the page fetches only then. Chromium reports the font each
// glyph came from by the name inside it: "Qabyldau Sans" for the subsets (renamed, as the OFL
// reserves the name PT Sans for the unmodified font), "PT Sans" for the full TTF.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eDesk, openE2eDesk } from './browser.ts';
import { ui } from './ui-expect.ts';

let desk: E2eDesk;
beforeAll(async () => {
  desk = await openE2eDesk();
});
afterAll(async () => {
  await desk?.close();
});

/** The font files the page fetched so far (their built names). */
async function fontsFetched(page: Page): Promise<string[]> {
  const paths = (await page.evaluate(`performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)`)) as string[];
  return paths.filter((p) => /\.(woff2?|ttf)$/.test(p)).map((p) => p.replace(/^.*\//, ''));
}

/**
 * The fonts Chromium drew the text of the elements a selector finds with (DevTools' "Rendered
 * Fonts": each element's own text, an input's value), as glyphs per family: the family name
 * inside the font, " (web font)" added to one the page loaded rather than the system's.
 */
async function renderedFonts(page: Page, selector: string): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const glyphs: Record<string, number> = {};
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const f of fonts) {
        const family = f.isCustomFont ? `${f.familyName} (web font)` : f.familyName;
        glyphs[family] = (glyphs[family] ?? 0) + f.glyphCount;
      }
    }
    return glyphs;
  } finally {
    await cdp.detach();
  }
}

describe('the screens’ font', () => {
  it('draws the sign-in form, every Kazakh letter of it, from the subsets of PT Sans, with no TTF fetched', async () => {
    const { page } = desk;
    await ui.visible(page.getByLabel('Логин'));
    await page.evaluate('document.fonts.ready');
    const fetched = await fontsFetched(page);
    expect(fetched.some((f) => /^QabyldauSans-Regular-.*\.woff2$/.test(f))).toBe(true);
    expect(fetched.filter((f) => f.endsWith('.ttf'))).toEqual([]);
    // The screen's headings, labels and button: Құпиясөзді қайталаңыз, Аты-жөні, Тіркеу және кіру…
    const drawn = await renderedFonts(page, 'h1, h2, label, button');
    expect(Object.keys(drawn)).toEqual(['Qabyldau Sans (web font)']);
    expect(drawn['Qabyldau Sans (web font)']).toBeGreaterThan(50);
  });

  it('draws a name typed with a letter outside the subsets in PT Sans too, that letter from the full TTF fetched then', async () => {
    const { page } = desk;
    await desk.firstStart('a.nurlanova', 'Айгерім Нұрланова');
    await ui.visible(page.getByRole('heading', { name: 'Құжаттарды қабылдау' }));
    await page.evaluate('document.fonts.ready');
    expect((await fontsFetched(page)).filter((f) => f.endsWith('.ttf'))).toEqual([]);
    await page.getByLabel('Тегі', { exact: true }).fill('Őrsi-Әбілқасымова');
    await page.getByLabel('Аты', { exact: true }).fill('Гүлнұр');
    await page.evaluate('document.fonts.ready');
    await expect
      .poll(() => fontsFetched(page))
      .toContainEqual(expect.stringMatching(/^PTSans-Regular-.*\.ttf$/));
    await page.evaluate('document.fonts.ready');
    await desk.screenshot('fonts-rare-letter-intake');
    const input = `#${await page.getByLabel('Тегі', { exact: true }).getAttribute('id')}`;
    // Ő from the full TTF, the other letters from the subset: no system font.
    expect(await renderedFonts(page, input)).toEqual({
      'PT Sans (web font)': 1,
      'Qabyldau Sans (web font)': 'rsi-Әбілқасымова'.length,
    });
  });
});
