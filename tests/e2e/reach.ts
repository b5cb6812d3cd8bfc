// Whether every action of the screen can be reached, zoomed (issue 13, WCAG 1.4.4 and 1.4.10):
// the check itself runs in the page, in-page/reach.js, which says what it asks of each action.

import fs from 'node:fs';
import type { Page } from 'playwright-core';

const IN_PAGE = fs.readFileSync(new URL('./in-page/reach.js', import.meta.url), 'utf8');

/** What cannot be reached on the page as it stands, one line each; empty when all can. */
export function unreachableActions(page: Page): Promise<string[]> {
  return page.evaluate(IN_PAGE) as Promise<string[]>;
}
