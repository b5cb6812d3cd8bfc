// Printing is owned by the PDF work (electron/print/): this table is filled in there.
import { DomainError } from '../../shared/contract/result.ts';
import type { HandlerGroup } from '../app/registry.ts';
import { listPrintedDocuments } from '../db/documents.ts';

type PrintChannels = 'print.talon' | 'print.missingList' | 'print.consentForm' | 'documents.list';

export const printHandlers: HandlerGroup<PrintChannels> = {
  'print.talon': () => {
    throw new DomainError('internal', { detail: 'printing not built yet' });
  },
  'print.missingList': () => {
    throw new DomainError('internal', { detail: 'printing not built yet' });
  },
  'print.consentForm': () => {
    throw new DomainError('internal', { detail: 'printing not built yet' });
  },
  'documents.list': ({ entity, entityId }, ctx) => listPrintedDocuments(ctx.db, entity, entityId),
};
