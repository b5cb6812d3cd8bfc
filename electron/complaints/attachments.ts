// Files kept with a complaint: <data dir>/attachments/<complaint id>/<attachment id>-<random>-<name>,
// in the data folder on this machine like the printed documents (Law No. 94-V, Art. 12), with
// the sha256 recorded. Never deleted or overwritten: a file attached by mistake is marked
// withdrawn, and every read checks the bytes against the recorded sha256. How a file gets there
// so that a crash never leaves half of it: attachment-files.ts.

import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../shared/contract/result.ts';
import { checkAttachment, safeFileName } from '../../shared/domain/complaint-attachment.ts';
import {
  type AttachmentRecord,
  getAttachment,
  insertAttachment,
  withdrawAttachment,
} from '../db/complaint-attachments.ts';
import type { Db } from '../db/open.ts';
import type { AppContext } from '../kernel/context.ts';
import { type HandlerGroup, read, task, write } from '../kernel/handler.ts';
import { placePartFile, writePartFile } from './attachment-files.ts';
import { requireActiveComplaint, attachmentView as view } from './journal.ts';

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function requireAttachment(db: Db, id: number): AttachmentRecord {
  const a = getAttachment(db, id);
  if (!a) throw new DomainError('not_found', { what: 'attachment', id: String(id) });
  return a;
}

/** The absolute path of a kept attachment; a path that would leave the data folder is never used. */
export function attachmentFile(
  ctx: Pick<AppContext, 'dataDir'>,
  a: Pick<AttachmentRecord, 'id' | 'storedPath'>,
): string {
  const root = path.resolve(ctx.dataDir);
  const file = path.resolve(root, a.storedPath);
  if (!file.startsWith(root + path.sep)) {
    throw new DomainError('attachment_damaged', { id: String(a.id), problem: 'path' });
  }
  return file;
}

/** The bytes of a kept attachment, exactly as they were attached, or attachment_damaged. */
export function readAttachment(ctx: AppContext, id: number): { record: AttachmentRecord; bytes: Buffer } {
  const record = requireAttachment(ctx.db, id);
  const file = attachmentFile(ctx, record);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    throw new DomainError('attachment_damaged', { id: String(id), problem: 'missing' });
  }
  if (sha256Of(bytes) !== record.sha256) {
    throw new DomainError('attachment_damaged', { id: String(id), problem: 'changed' });
  }
  return { record, bytes };
}

export const attachmentHandlers: HandlerGroup<
  'complaints.attach' | 'complaints.withdrawAttachment' | 'complaints.attachmentContent'
> = {
  // A task, not a write: the file is put in place only after its row is committed.
  'complaints.attach': task((input, ctx) => {
    const bytes = Buffer.from(input.contentBase64, 'base64');
    const check = checkAttachment(input.fileName, input.mimeType, bytes);
    if (!check.ok) {
      const { ok: _ok, problem, ...rest } = check;
      throw new DomainError('attachment_rejected', {
        problem,
        ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)])),
      });
    }
    const sha256 = sha256Of(bytes);
    const fileName = safeFileName(input.fileName);
    let part: string | undefined;
    try {
      const kept = ctx.write(() => {
        const complaint = requireActiveComplaint(ctx.db, input.complaintId);
        const { id, storedPath } = insertAttachment(ctx.db, {
          complaintId: complaint.id,
          fileName,
          // Relative, with forward slashes: the row stays valid on every OS and after the folder
          // moves; the random part keeps a name from being given twice (attachment-files.ts).
          storedPath: (attachmentId) =>
            `attachments/${complaint.id}/${attachmentId}-${randomBytes(4).toString('hex')}-${fileName}`,
          mimeType: check.type.mime,
          size: bytes.length,
          sha256,
          addedAt: ctx.now.toISOString(),
          addedBy: ctx.user.id,
        });
        const after = view(requireAttachment(ctx.db, id));
        ctx.audit({ action: 'complaints.attach', entity: 'complaint', entityId: complaint.id, after });
        // Written last, still inside the transaction: if it fails, the row rolls back.
        const file = attachmentFile(ctx, { id, storedPath });
        part = writePartFile(file, bytes);
        return { after, file };
      });
      part = undefined;
      placePartFile(kept.file);
      return kept.after;
    } catch (e) {
      // The row was not committed: its part file is nobody's (never a kept file).
      if (part !== undefined) fs.rmSync(part, { force: true });
      throw e;
    }
  }),

  'complaints.withdrawAttachment': write(({ id, reason }, ctx) => {
    const before = requireAttachment(ctx.db, id);
    if (before.withdrawnAt) throw new DomainError('already_withdrawn', { fileName: before.fileName });
    withdrawAttachment(ctx.db, id, ctx.user.id, ctx.now.toISOString(), reason);
    const after = view(requireAttachment(ctx.db, id));
    ctx.audit({
      action: 'complaints.withdrawAttachment',
      entity: 'complaint',
      entityId: before.complaintId,
      before: view(before),
      after,
    });
    return after;
  }),

  'complaints.attachmentContent': read(
    ({ id }, ctx) => {
      const { record, bytes } = readAttachment(ctx, id);
      // complaintId is for the read's audit row only: the contract's output leaves it out.
      const content = {
        ...view(record),
        complaintId: record.complaintId,
        contentBase64: bytes.toString('base64'),
      };
      return content;
    },
    {
      entity: 'complaint',
      what: ({ id }, out) => ({
        entityId: (out as typeof out & { complaintId: number }).complaintId,
        after: { attachmentId: id, fileName: out.fileName, sha256: out.sha256 },
      }),
    },
  ),
};
