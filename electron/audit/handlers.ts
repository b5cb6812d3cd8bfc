import type { HandlerGroup } from '../app/registry.ts';
import { listAudit } from '../db/audit.ts';

export const auditHandlers: HandlerGroup<'audit.list'> = {
  'audit.list': (input, ctx) => listAudit(ctx.db, input),
};
