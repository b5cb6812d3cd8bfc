// Large print on request (issue 13): the clerk ticks "large print" on the intake form for an
// applicant who reads only large type, accepts, and the talon that opens is the A5 one.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/kernel/context.ts';
import { ADULT } from '../support/people.ts';
import { pdfPageSize } from '../support/poppler.ts';
import { fillPostalAddress } from './address.ts';
import { type E2eDesk, openE2eDesk } from './browser.ts';
import { pdfPage1Png, pdfText } from './pdf.ts';
import { ui } from './ui-expect.ts';

let desk: E2eDesk;
beforeAll(async () => {
  // Wednesday 25.11.2026, 10:00 in the office (UTC+5).
  desk = await openE2eDesk({ clock: fixedClock('2026-11-25T05:00:00.000Z') });
  await desk.firstStart('a.nurlanova', 'Айгерім Нұрланова');
});
afterAll(async () => {
  await desk?.close();
});

describe('large print asked for at intake (issue 13)', () => {
  it('is ticked on the form beside the language of the papers, and the talon opens on A5 in large type', async () => {
    const { page } = desk;
    await page.getByLabel('ЖСН', { exact: true }).fill(ADULT.iin);
    await page.getByLabel('Тегі', { exact: true }).fill(ADULT.lastName);
    await page.getByLabel('Аты', { exact: true }).fill(ADULT.firstName);
    await page.getByLabel(/^Әкесінің аты/).fill(ADULT.middleName);
    await fillPostalAddress(page, 'applicant.postalAddress');
    await page.getByRole('button', { name: 'Барлығын белгілеу' }).click();
    await page.getByLabel('Өтініш беруші келісімге қол қойды').check();
    const large = page.getByRole('checkbox', { name: /^Ірі қаріп \(A5\)/ });
    expect(await large.isChecked()).toBe(false);
    await large.check();
    await ui.checked(large);
    await desk.screenshot('large-print-intake');

    const pdf = await desk.printedPdf(() =>
      page.getByRole('button', { name: 'Қабылдау және талонды басу' }).click(),
    );
    const { width, height } = pdfPageSize(pdf);
    expect([width, height].map((v) => Math.round((v * 25.4) / 72))).toEqual([148, 210]);
    const text = pdfText(pdf);
    expect(text).toContain('2026-0001');
    expect(text).toMatch(/07\.12\.2026\s+дейін/);
    pdfPage1Png(pdf, 'e2e-large-talon');
  });
});
