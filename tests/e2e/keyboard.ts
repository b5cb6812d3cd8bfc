// The desk driven by the keyboard alone (issue 13): Tab and Shift+Tab from one stop to the next,
// each stop checked as a person sees it (in-page/focused.js) — a ring round it of at least 3:1
// against what it stands on (WCAG 2.4.7, 1.4.11) and nothing of the page over it (2.4.11).

import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { contrast } from './contrast.ts';

const IN_PAGE = fs.readFileSync(new URL('./in-page/focused.js', import.meta.url), 'utf8');

export interface Focused {
  tag: string;
  type: string | null;
  name: string;
  /** Where the element is in the document (tag:index from the body down): its identity. */
  path: string;
  top: number;
  left: number;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
  behind: string;
  inWindow: boolean;
  obscured: boolean;
  obscuredBy: string;
}

/** What is wrong with how the focused element shows its focus; null when nothing is. */
export function focusProblem(f: Focused): string | null {
  const ring =
    f.outlineStyle !== 'none' && f.outlineWidth >= 2
      ? f.outlineColor
      : f.boxShadow !== 'none'
        ? (f.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? null)
        : null;
  if (!ring) return `${f.tag} «${f.name}»: no focus ring`;
  const ratio = contrast(ring, f.behind);
  if (ratio < 3)
    return `${f.tag} «${f.name}»: focus ring ${ring} on ${f.behind} is ${ratio.toFixed(2)}:1, under 3:1`;
  if (!f.inWindow) return `${f.tag} «${f.name}»: focused out of the window`;
  if (f.obscured) return `${f.tag} «${f.name}»: focused under ${f.obscuredBy}`;
  return null;
}

export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(IN_PAGE) as Promise<Focused | null>;
}

/**
 * A person at the desk with the keyboard: every stop Tab reaches is recorded, and every one that
 * does not show its focus properly is a problem. The test asserts the record and the problems.
 */
export class KeyboardWalk {
  readonly stops: Focused[] = [];
  readonly problems: string[] = [];
  readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }

  /** Where the focus is now, checked. */
  async here(): Promise<Focused | null> {
    const f = await focused(this.page);
    if (f) {
      this.stops.push(f);
      const problem = focusProblem(f);
      if (problem && !this.problems.includes(problem)) this.problems.push(problem);
    }
    return f;
  }

  async press(key: string): Promise<Focused | null> {
    await this.page.keyboard.press(key);
    return this.here();
  }

  /** Tab (or Shift+Tab) until the focus is on the one named so; refuses after `max` stops. */
  async tabTo(name: RegExp | string, opts: { back?: boolean; max?: number } = {}): Promise<Focused> {
    const key = opts.back ? 'Shift+Tab' : 'Tab';
    const seen: string[] = [];
    for (let i = 0; i < (opts.max ?? 40); i++) {
      const f = await this.press(key);
      if (f && (typeof name === 'string' ? f.name === name : name.test(f.name))) return f;
      seen.push(f ? `${f.tag} «${f.name.slice(0, 40)}»` : '(the page)');
    }
    throw new Error(`${key} never reached ${name}; it went through:\n${seen.join('\n')}`);
  }

  /**
   * Tab from here all the way round: the focus must come back to where it started (nothing
   * keeps it), through at most `max` stops. Returns the stops of the round, in order.
   */
  async round(max = 300): Promise<Focused[]> {
    const start = await focused(this.page);
    if (!start) throw new Error('the round starts from nothing focused');
    const round: Focused[] = [];
    for (let i = 0; i < max; i++) {
      const f = await this.press('Tab');
      if (f?.path === start.path) return round;
      if (f) round.push(f);
    }
    throw new Error(`Tab did not come back to «${start.name}» in ${max} stops: the focus is kept somewhere`);
  }
}
