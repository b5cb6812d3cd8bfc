// A stored PDF by its id, for the doors that hand files out (the Electron shell's viewer and
// printer, the browser mode's /documents/<id>.pdf). Only a signed-in desk gets one: the same
// rule as every channel, asked of the registry rather than written again here.

import path from 'node:path';
import { type AppError, DomainError, toAppError } from '../../shared/contract/result.ts';
import { getPrintedDocument } from '../db/documents.ts';
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
): Promise<StoredDocument> {
  const who = await registry.dispatch('session.current', {}, ctx);
  if (!who.ok) return who;
  if (who.value === null) return { ok: false, error: { code: 'not_signed_in' } };
  try {
    const file = documentFile(ctx, id);
    const layout = getPrintedDocument(ctx.db, id)?.layout ?? '';
    return { ok: true, file, fileName: path.basename(file), layout };
  } catch (e) {
    // A file-system message names the data folder: it goes to the log, the answer gets its number.
    return { ok: false, error: e instanceof DomainError ? toAppError(e) : internalFailure(e, console.error) };
  }
}
