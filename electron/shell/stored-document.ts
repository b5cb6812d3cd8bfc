// A stored PDF by its id, for the doors that hand files out (the Electron shell's viewer and
// printer, the browser mode's /documents/<id>.pdf). Only a signed-in desk gets one, and the look
// is logged: both by asking the registry for documents.open rather than writing either again here.

import path from 'node:path';
import { type AppError, DomainError, toAppError } from '../../shared/contract/result.ts';
import type { AppContext } from '../kernel/context.ts';
import { internalFailure, type Registry } from '../kernel/registry.ts';
import { documentFile } from '../print/archive.ts';

export type StoredDocument =
  | { ok: true; file: string; fileName: string; layout: string }
  | { ok: false; error: AppError };

export async function storedDocument(
  ctx: AppContext,
  id: number,
  registry: Registry,
  purpose: 'view' | 'print' = 'view',
): Promise<StoredDocument> {
  const opened = await registry.dispatch('documents.open', { id, purpose }, ctx);
  if (!opened.ok) return opened;
  try {
    const file = documentFile(ctx, id);
    const { layout } = opened.value as { layout: string };
    return { ok: true, file, fileName: path.basename(file), layout };
  } catch (e) {
    // A file-system message names the data folder: it goes to the log, the answer gets its number.
    return { ok: false, error: e instanceof DomainError ? toAppError(e) : internalFailure(e, console.error) };
  }
}
