// The audit log (Law No. 94-V Art. 22, STANDARD.md §18) and its viewer, for the head and the
// administrator (electron/kernel/permissions.ts): every write, every look at personal data and
// every refused attempt at a restricted read, filtered by person, period, record and action.

import { z } from 'zod';
import { empty, id, lang, officeDate, text, timestamp } from './common.ts';

export const AUDIT_KINDS = ['write', 'read', 'refused'] as const;

export const auditEntry = z.object({
  id,
  at: timestamp,
  userId: id.nullable(),
  userName: z.string().nullable(),
  door: z.string(),
  /** The operating-system account of a command-line run. */
  osUser: z.string().nullable(),
  kind: z.enum(AUDIT_KINDS),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

const auditFilterShape = {
  userId: id.optional(),
  /** The office's calendar days, both included. */
  from: officeDate.optional(),
  to: officeDate.optional(),
  /** The kind of record: application, complaint, applicant, queue_ticket… */
  entity: text(40).optional(),
  entityId: id.optional(),
  /** With entity application or complaint: its register or journal number (2026-0007, 2026/012). */
  number: text(40).optional(),
  kind: z.enum(AUDIT_KINDS).optional(),
  /** An action's name, or its start: "print." for every print, "complaints." for the journal. */
  action: text(60).optional(),
};

export const auditFilter = z.object(auditFilterShape).strict();
export type AuditFilterInput = z.input<typeof auditFilter>;

/** More rows than this in one file is not an export a person reads: narrow the filter. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

export const auditChannels = {
  'audit.list': {
    input: z
      .object({
        ...auditFilterShape,
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).max(10_000_000).default(0),
      })
      .strict(),
    /** `total` counts up to 10 000 rows; `capped`: there are more. */
    output: z.object({ rows: z.array(auditEntry), total: z.number().int().min(0), capped: z.boolean() }),
  },
  /** Everyone who ever worked at the desk (those who left too), for the viewer's person filter. */
  'audit.people': {
    input: empty,
    output: z.array(z.object({ id, fullName: z.string(), login: z.string() })),
  },
  /** The filtered rows as a file (CSV or XLSX), itself audited as an export. */
  'audit.export': {
    input: z.object({ ...auditFilterShape, format: z.enum(['csv', 'xlsx']), lang: lang.optional() }).strict(),
    output: z.object({ fileName: z.string(), rows: z.number().int(), contentBase64: z.string() }),
  },
} as const;
