// Handing a stored PDF to the operating system: the viewer, or the printer named in the
// settings. Not a contract channel because it touches the OS, not the data; it runs with the
// caller's context, so a desk nobody has signed in to cannot print or open anything.
//
// FACTS.md: a PDF loaded in an Electron window has printed blank pages; the robust routes are
// CUPS `lp` on Linux and pdf-to-printer (it bundles SumatraPDF) on Windows. `lp` is in every
// CUPS install; pdf-to-printer is a package we do not ship yet, so on Windows silent printing
// falls back to the viewer and says why.

import { execFile as nodeExecFile } from 'node:child_process';
import type { Result } from '../../shared/contract/result.ts';
import type { OfficeSettings } from '../../shared/contract/settings.ts';
import type { AppContext } from '../app/context.ts';
import type { Registry } from '../app/registry.ts';
import { storedDocument } from './stored-document.ts';

export interface ShellDeps {
  registry: Registry;
  platform: NodeJS.Platform;
  /** Electron's shell.openPath: resolves to '' on success, to an error message otherwise. */
  openPath(file: string): Promise<string>;
  execFile(cmd: string, args: readonly string[]): Promise<void>;
  warn?(message: string): void;
}

export const WINDOWS_SILENT_PRINTING =
  'Silent printing on Windows is meant to go through pdf-to-printer (SumatraPDF), which this build ' +
  'does not include yet; the document was opened in the viewer to print from there.';

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
  const doc = await storedDocument(ctx, id, deps.registry);
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
  if (deps.platform === 'win32') {
    deps.warn?.(WINDOWS_SILENT_PRINTING);
    return viewer();
  }
  try {
    // `--` so that a file name can never be read as an option.
    await deps.execFile('lp', ['-d', printer, '--', doc.file]);
    return { ok: true, value: { printed: true, printer } };
  } catch (e) {
    return {
      ok: false,
      error: {
        code: 'internal',
        params: { detail: `lp -d ${printer}: ${e instanceof Error ? e.message : String(e)}`, printer },
      },
    };
  }
}
