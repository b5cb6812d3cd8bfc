import { z } from 'zod';
import { id, text, timestamp } from './common.ts';

export const auditEntry = z.object({
  id,
  at: timestamp,
  userName: z.string().nullable(),
  door: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditChannels = {
  'audit.list': {
    input: z
      .object({
        entity: text(40).optional(),
        entityId: id.optional(),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    output: z.array(auditEntry),
  },
} as const;
