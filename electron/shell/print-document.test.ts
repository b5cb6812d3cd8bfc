import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDesk, type TestDesk } from '../../tests/support/context.ts';
import { adultIntake } from '../../tests/support/people.ts';
import { createAppRegistry } from '../desk/handlers.ts';
import { openStoredDocument, paperOf, printStoredDocument, type ShellDeps } from './print-document.ts';

let desk: TestDesk;
let talonId: number;
let opened: string[];
let commands: { cmd: string; args: readonly string[] }[];
let windowsJobs: { file: string; options: unknown }[];
let lpFails: string | null;

function deps(platform: NodeJS.Platform = 'linux'): ShellDeps {
  return {
    registry: createAppRegistry(() => {}),
    platform,
    openPath: async (file) => {
      opened.push(file);
      return '';
    },
    execFile: async (cmd, args) => {
      commands.push({ cmd, args });
      if (lpFails) throw new Error(lpFails);
    },
    printOnWindows: async (file, options) => {
      windowsJobs.push({ file, options });
    },
  };
}

async function printing(p: { silent: boolean; sheetPrinter?: string; receiptPrinter?: string }) {
  const settings = await desk.ok('settings.get', {});
  await desk.ok('settings.update', {
    ...settings,
    printing: { ...settings.printing, sheetPrinter: '', receiptPrinter: '', ...p },
  });
}

beforeEach(async () => {
  desk = await openTestDesk();
  opened = [];
  commands = [];
  windowsJobs = [];
  lpFails = null;
  const accepted = await desk.ok('intake.accept', adultIntake());
  talonId = (await desk.ok('intake.printTalon', { applicationId: accepted.applicationId, layout: 'a6' })).id;
});
afterEach(() => desk.close());

describe('printing a stored PDF from the Electron window', () => {
  it('sends it silently to the sheet printer of the settings with lp on Linux', async () => {
    await printing({ silent: true, sheetPrinter: 'Kyocera_FS-1040', receiptPrinter: 'XPrinter80' });
    const r = await printStoredDocument(desk.ctx, talonId, deps());
    expect(r).toEqual({ ok: true, value: { printed: true, printer: 'Kyocera_FS-1040' } });
    expect(commands).toHaveLength(1);
    expect(commands[0]?.cmd).toBe('lp');
    expect(commands[0]?.args.slice(0, 5)).toEqual([
      '-d',
      'Kyocera_FS-1040',
      '-o',
      'media=iso_a6_105x148mm',
      '--',
    ]);
    expect(commands[0]?.args[5]).toMatch(/documents[\\/]2026[\\/]\d+-talon\.pdf$/);
    expect(opened).toEqual([]);
  });

  it('names the paper of every sheet layout, the DL envelope included, for both print routes', () => {
    expect(paperOf('dl', 'cups')).toBe('iso_dl_110x220mm');
    expect(paperOf('dl', 'windows')).toBe('Envelope DL');
    expect(paperOf('a4', 'windows')).toBe('A4');
    expect(paperOf('receipt80', 'cups')).toBeUndefined();
  });

  it('sends a receipt-layout talon to the receipt printer', async () => {
    await printing({ silent: true, sheetPrinter: 'Kyocera_FS-1040', receiptPrinter: 'XPrinter80' });
    const applicationId = (await desk.ok('applications.search', {})).rows[0]?.id as number;
    const receipt = await desk.ok('intake.printTalon', { applicationId, layout: 'receipt80' });
    const r = await printStoredDocument(desk.ctx, receipt.id, deps());
    expect(r).toEqual({ ok: true, value: { printed: true, printer: 'XPrinter80' } });
  });

  it('opens the viewer to choose the printer when printing is not silent or no printer is set', async () => {
    await printing({ silent: false, sheetPrinter: 'Kyocera_FS-1040' });
    expect(await printStoredDocument(desk.ctx, talonId, deps())).toEqual({
      ok: true,
      value: { printed: false, printer: null },
    });
    await printing({ silent: true });
    await printStoredDocument(desk.ctx, talonId, deps());
    expect(opened).toHaveLength(2);
    expect(commands).toEqual([]);
  });

  it('prints silently on Windows through pdf-to-printer, naming the paper and keeping the true size', async () => {
    await printing({ silent: true, sheetPrinter: 'HP LaserJet' });
    const r = await printStoredDocument(desk.ctx, talonId, deps('win32'));
    expect(r).toEqual({ ok: true, value: { printed: true, printer: 'HP LaserJet' } });
    expect(windowsJobs).toEqual([
      {
        file: expect.stringMatching(/\d+-talon\.pdf$/),
        options: { printer: 'HP LaserJet', paperSize: 'A6', scale: 'noscale' },
      },
    ]);
    expect(commands).toEqual([]);
    expect(opened).toEqual([]);
  });

  it('reports a failed lp as an error naming the printer', async () => {
    await printing({ silent: true, sheetPrinter: 'Kyocera_FS-1040' });
    lpFails = 'lp: The printer or class does not exist.';
    const r = await printStoredDocument(desk.ctx, talonId, deps());
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'internal', params: { printer: 'Kyocera_FS-1040' } },
    });
  });

  it('opens and prints nothing for a desk nobody has signed in to, or for an unknown id', async () => {
    desk.ctx.session.userId = null;
    expect(await openStoredDocument(desk.ctx, talonId, deps())).toMatchObject({
      ok: false,
      error: { code: 'not_signed_in' },
    });
    expect(await printStoredDocument(desk.ctx, talonId, deps())).toMatchObject({ ok: false });
    expect(opened).toEqual([]);
    expect(commands).toEqual([]);
    await desk.signInAs('aigerim');
    expect(await openStoredDocument(desk.ctx, 9999, deps())).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
