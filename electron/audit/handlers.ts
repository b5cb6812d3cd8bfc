import { listAudit } from '../db/audit.ts';
import { type HandlerGroup, read } from '../kernel/handler.ts';

export const auditHandlers: HandlerGroup<'audit.list'> = {
  'audit.list': read((input, ctx) => listAudit(ctx.db, input)),
};
