// A postal address typed in its parts at the desk, as a clerk does: the office's oblast and
// district are prefilled, the rest is typed (renderer/src/ui/PostalAddressFields.tsx).

import type { Page } from 'playwright-core';
import { PARTS } from '../support/people.ts';

export async function fillPostalAddress(page: Page, path: string, parts = PARTS): Promise<void> {
  const id = path.replace(/\./g, '-');
  for (const part of ['settlement', 'street', 'house', 'flat', 'postcode'] as const) {
    await page.locator(`#${id}-${part}`).fill(parts[part]);
  }
}
