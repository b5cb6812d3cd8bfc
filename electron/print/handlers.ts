// The register of printed documents, whichever domain printed them, and a kept paper opened again.

import { DomainError } from '../../shared/contract/result.ts';
import {
  getPrintedDocument,
  listPrintedDocuments,
  printedDocumentSubject,
  unprintedPapers,
} from '../db/documents.ts';
import { type HandlerGroup, read } from '../kernel/handler.ts';

/** The start screen lists at most this many papers of each kind, oldest first. */
const UNPRINTED_SHOWN = 50;

export const printHandlers: HandlerGroup<'documents.list' | 'documents.open' | 'documents.unprinted'> = {
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

  // The names of who is owed a paper are on the start screen: a look, logged by how many.
  'documents.unprinted': read((_input, ctx) => unprintedPapers(ctx.db, UNPRINTED_SHOWN), {
    entity: 'printed_document',
    what: (_input, out) => ({
      after: {
        talons: out.talons.length,
        complaintTalons: out.complaintTalons.length,
        missingLists: out.missingLists.length,
      },
    }),
  }),
};
