// Web-first assertions for vitest: playwright-core has no `expect`, so these wait (up to the
// timeout) for the page to reach the state, the way @playwright/test's assertions do.

import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

const timeout = 10_000;
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout, interval: 100 });

export const ui = {
  visible: (l: Locator) => l.first().waitFor({ state: 'visible', timeout }),
  absent: async (l: Locator) => poll(() => l.count()).toBe(0),
  checked: async (l: Locator) => poll(() => l.isChecked()).toBe(true),
  disabled: async (l: Locator) => poll(() => l.isDisabled()).toBe(true),
  enabled: async (l: Locator) => poll(() => l.isEnabled()).toBe(true),
  text: async (l: Locator, expected: string) =>
    poll(async () => (await l.first().textContent()) ?? '').toContain(expected),
  exactText: async (l: Locator, expected: string) =>
    poll(async () => ((await l.first().textContent()) ?? '').trim()).toBe(expected),
};
