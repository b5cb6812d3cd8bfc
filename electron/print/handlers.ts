// The register of printed documents, whichever domain printed them.

import type { HandlerGroup } from '../app/registry.ts';
import { listPrintedDocuments } from '../db/documents.ts';

export const printHandlers: HandlerGroup<'documents.list'> = {
  'documents.list': ({ entity, entityId }, ctx) => listPrintedDocuments(ctx.db, entity, entityId),
};
