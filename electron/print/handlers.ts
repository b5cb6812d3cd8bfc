// The register of printed documents, whichever domain printed them.

import { listPrintedDocuments } from '../db/documents.ts';
import { type HandlerGroup, read } from '../kernel/handler.ts';

export const printHandlers: HandlerGroup<'documents.list'> = {
  'documents.list': read(({ entity, entityId }, ctx) => listPrintedDocuments(ctx.db, entity, entityId)),
};
