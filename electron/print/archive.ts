// Every printed document is kept: the PDF under <data dir>/documents/<YYYY>/<id>-<kind>.pdf — it
// holds personal and medical data, so it stays in the data folder on this machine (Law No. 94-V,
// Art. 12) — its row in the register with the file's sha256, and an audit row, all in one
// transaction.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PrintedDocument } from '../../shared/contract/common.ts';
import { DomainError } from '../../shared/contract/result.ts';
import {
  countPrinted,
  getPrintedDocument,
  insertPrintedDocument,
  setPrintedDocumentFile,
} from '../db/documents.ts';
import type { AppContext } from '../kernel/context.ts';
import type { DeskContext } from '../kernel/handler.ts';
import type { RenderedPdf } from './layout.ts';
import type { Lang } from './texts.ts';

export type PrintKind =
  | 'talon'
  | 'missing_list'
  | 'consent_form'
  // §5, §16: the notification letter, and for the post the day's register, envelopes, labels.
  | 'notification'
  | 'postal_register'
  | 'envelopes'
  | 'address_labels'
  // §7.2, §7.3: the walk-in queue ticket (80 mm roll).
  | 'queue_ticket'
  // §23: the tear-off complaint talon, the written answer, the journal on paper.
  | 'complaint_talon'
  | 'complaint_answer'
  | 'complaint_journal'
  // §19: the satisfaction survey's A5 form for a visit, typed in later at the desk.
  | 'survey_form';

export interface ToKeep {
  kind: PrintKind;
  /** What the paper is about: 'application', 'intake_attempt', or 'consent_form' (typed data, no row). */
  entity:
    | 'application'
    | 'intake_attempt'
    | 'consent_form'
    | 'letter'
    | 'postal_register'
    | 'queue_ticket'
    | 'complaint'
    | 'complaint_journal';
  entityId: number | null;
  lang: Lang;
  layout: string;
  /** For a paper of many records (the journal): what it held — its filter and how many rows. */
  holds?: Record<string, unknown>;
}

function keep(ctx: DeskContext, k: ToKeep, copy: boolean, rendered: RenderedPdf): PrintedDocument {
  const year = ctx.today.slice(0, 4);
  const sha256 = createHash('sha256').update(rendered.pdf).digest('hex');
  const id = insertPrintedDocument(ctx.db, {
    kind: k.kind,
    entity: k.entity,
    entityId: k.entityId,
    lang: k.lang,
    layout: k.layout,
    pages: rendered.pages,
    fileName: '',
    sha256,
    copy,
    printedAt: ctx.now.toISOString(),
    printedBy: ctx.user.id,
  });
  // Relative to the data folder, with forward slashes: the same row is valid on every OS and
  // after the folder moves.
  const fileName = `documents/${year}/${id}-${k.kind}.pdf`;
  setPrintedDocumentFile(ctx.db, id, fileName);
  // Kind 'read': a paper takes personal data off the screen (Law No. 94-V Art. 22); the viewer
  // lists prints with the other looks at a record, not with its changes.
  ctx.audit({
    kind: 'read',
    action: `print.${k.kind}`,
    entity: k.entity,
    entityId: k.entityId,
    after: {
      documentId: id,
      fileName,
      lang: k.lang,
      layout: k.layout,
      pages: rendered.pages,
      copy,
      sha256,
      ...k.holds,
    },
  });
  // Written last: if the write fails the rows roll back, so the register never names a file
  // that is not there.
  const file = path.join(ctx.dataDir, fileName);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, rendered.pdf, { mode: 0o600 });
  return getPrintedDocument(ctx.db, id) as PrintedDocument;
}

/**
 * Renders and keeps one document. A document printed before for the same entity in the same
 * language is a reprint and says "КӨШІРМЕ / КОПИЯ"; the first paper in the other language is an
 * original of its own (issue 11: the first ru letter after the kk one was stamped КОПИЯ). Rendering is asynchronous and a transaction must not span an
 * await, so the reprint question is asked again inside the transaction; if another print
 * slipped in meanwhile, the paper is rendered again with the right answer.
 */
export async function printAndKeep(
  ctx: DeskContext,
  k: ToKeep,
  render: (copy: boolean) => Promise<RenderedPdf>,
): Promise<PrintedDocument> {
  const printedBefore = () =>
    k.entityId !== null && countPrinted(ctx.db, k.kind, k.entity, k.entityId, k.lang) > 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    const copy = printedBefore();
    const rendered = await render(copy);
    const kept = ctx.write(() => (printedBefore() === copy ? keep(ctx, k, copy, rendered) : null));
    if (kept) return kept;
  }
  throw new Error(`${k.kind} ${k.entityId}: printed by someone else three times while rendering`);
}

/** The absolute path of a kept PDF: the browser-mode door serves it, the Electron door prints it. */
export function documentFile(ctx: AppContext, id: number): string {
  const doc = getPrintedDocument(ctx.db, id);
  if (!doc) throw new DomainError('not_found', { what: 'printed_document', id: String(id) });
  const root = path.resolve(ctx.dataDir);
  const file = path.resolve(root, doc.fileName);
  // The register is ours, but a path that leaves the data folder is never handed out.
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) {
    throw new DomainError('not_found', { what: 'printed_document_file', id: String(id) });
  }
  return file;
}
