// The register of printed documents, whichever domain printed them, and a kept paper opened again.

import { DomainError } from '../../shared/contract/result.ts';
import { getPrintedDocument, listPrintedDocuments, printedDocumentSubject } from '../db/documents.ts';
import { type HandlerGroup, read } from '../kernel/handler.ts';

export const printHandlers: HandlerGroup<'documents.list' | 'documents.open'> = {
  'documents.list': read(({ entity, entityId }, ctx) => listPrintedDocuments(ctx.db, entity, entityId)),

  'documents.open': read(
    ({ id }, ctx) => {
      const doc = getPrintedDocument(ctx.db, id);
      const subject = printedDocumentSubject(ctx.db, id);
      if (!doc || !subject) throw new DomainError('not_found', { what: 'printed_document', id: String(id) });
      return { ...doc, ...subject };
    },
    {
      entity: 'printed_document',
      // Logged under the record the paper is about, so "who saw this application" finds it too.
      what: ({ id, purpose }, out) => ({
        entity: out.entity,
        entityId: out.entityId,
        after: { documentId: id, kind: out.kind, purpose },
      }),
    },
  ),
};
