// Handing a stored PDF to the operating system: the viewer, or the printer named in the
// settings. Not a contract channel because it touches the OS, not the data; it runs with the
// caller's context, so a desk nobody has signed in to cannot print or open anything.
//
// FACTS.md: a PDF loaded in an Electron window has printed blank pages; the robust routes are
// CUPS `lp` on Linux and pdf-to-printer (it bundles SumatraPDF) on Windows, the office's PCs.
// The paper size is always named (silent printing has ignored the printer's default in known
// bugs), and the page is printed at its true size: an 80 mm receipt must not be scaled.

import { execFile as nodeExecFile } from 'node:child_process';
import type { Result } from '../../shared/contract/result.ts';
import type { OfficeSettings } from '../../shared/contract/settings.ts';
import type { AppContext } from '../kernel/context.ts';
import type { Registry } from '../kernel/registry.ts';
import { storedDocument } from './stored-document.ts';

export interface ShellDeps {
  registry: Registry;
  platform: NodeJS.Platform;
  /** Electron's shell.openPath: resolves to '' on success, to an error message otherwise. */
  openPath(file: string): Promise<string>;
  execFile(cmd: string, args: readonly string[]): Promise<void>;
  /** pdf-to-printer's print() on Windows (SumatraPDF, shipped inside that package). */
  printOnWindows(
    file: string,
    options: { printer: string; paperSize?: string; scale: 'noscale' },
  ): Promise<void>;
}

/**
 * The paper of a layout as each print route names it: CUPS takes PWG media names, SumatraPDF
 * the Windows form names. The receipt roll has none: it is the driver's roll.
 */
const PAPER: Record<string, { cups: string; windows: string }> = {
  a4: { cups: 'iso_a4_210x297mm', windows: 'A4' },
  // The complaint journal: landscape pages on A4 paper (CUPS turns them; not tried with SumatraPDF).
  'a4-landscape': { cups: 'iso_a4_210x297mm', windows: 'A4' },
  a5: { cups: 'iso_a5_148x210mm', windows: 'A5' },
  // Issue 13: the large-print talon, ticket and letter (print/large-print.ts).
  'a5-large': { cups: 'iso_a5_148x210mm', windows: 'A5' },
  a6: { cups: 'iso_a6_105x148mm', windows: 'A6' },
  // The DL envelope of the notification letters (110×220 mm).
  dl: { cups: 'iso_dl_110x220mm', windows: 'Envelope DL' },
};

export function paperOf(layout: string, route: 'cups' | 'windows'): string | undefined {
  return PAPER[layout]?.[route];
}

export function execFileAsync(cmd: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    nodeExecFile(cmd, args, { timeout: 30_000, windowsHide: true }, (error, _stdout, stderr) => {
      if (error) reject(new Error(String(stderr).trim() || error.message));
      else resolve();
    });
  });
}

async function openInViewer(file: string, deps: ShellDeps): Promise<Result<{ opened: true }>> {
  const problem = await deps.openPath(file);
  if (problem) return { ok: false, error: { code: 'internal', params: { detail: `viewer: ${problem}` } } };
  return { ok: true, value: { opened: true } };
}

export async function openStoredDocument(
  ctx: AppContext,
  id: number,
  deps: ShellDeps,
): Promise<Result<{ opened: true }>> {
  const doc = await storedDocument(ctx, id, deps.registry);
  if (!doc.ok) return doc;
  return openInViewer(doc.file, deps);
}

/** The printer for a layout: receipts to the 80 mm roll, sheets (A5/A6) to the sheet printer. */
export function printerFor(layout: string, printing: OfficeSettings['printing']): string {
  return layout === 'receipt80' ? printing.receiptPrinter : printing.sheetPrinter;
}

export async function printStoredDocument(
  ctx: AppContext,
  id: number,
  deps: ShellDeps,
): Promise<Result<{ printed: boolean; printer: string | null }>> {
  const doc = await storedDocument(ctx, id, deps.registry, 'print');
  if (!doc.ok) return doc;
  const settings = await deps.registry.dispatch('settings.get', {}, ctx);
  if (!settings.ok) return settings;
  const { printing } = settings.value as OfficeSettings;
  const printer = printerFor(doc.layout, printing);
  const viewer = async () => {
    const opened = await openInViewer(doc.file, deps);
    return opened.ok ? ({ ok: true, value: { printed: false, printer: null } } as const) : opened;
  };
  // Not silent, or no printer chosen: the clerk picks the printer in the viewer's dialog.
  if (!printing.silent || !printer) return viewer();
  try {
    if (deps.platform === 'win32') {
      const paper = paperOf(doc.layout, 'windows');
      await deps.printOnWindows(doc.file, {
        printer,
        scale: 'noscale',
        ...(paper ? { paperSize: paper } : {}),
      });
    } else {
      // `--` so that a file name can never be read as an option.
      const paper = paperOf(doc.layout, 'cups');
      const media = paper ? ['-o', `media=${paper}`] : [];
      await deps.execFile('lp', ['-d', printer, ...media, '--', doc.file]);
    }
    return { ok: true, value: { printed: true, printer } };
  } catch (e) {
    return {
      ok: false,
      error: {
        code: 'internal',
        params: { detail: `${printer}: ${e instanceof Error ? e.message : String(e)}`, printer },
      },
    };
  }
}
