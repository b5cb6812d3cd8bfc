// The audit viewer's channels (head and administrator: kernel/permissions.ts). The filter the
// person sets — a period of the office's days, a record by its register or journal number — is
// turned here into what the log is searched by (instants, ids). Looking at the log is itself a
// logged read, and taking it away as a file is a logged export.

import { createHash } from 'node:crypto';
import { AUDIT_EXPORT_MAX_ROWS, type AuditFilterInput } from '../../shared/contract/audit.ts';
import { DomainError } from '../../shared/contract/result.ts';
import { addDays } from '../../shared/domain/calendar.ts';
import { officeInstant } from '../../shared/domain/queue-hours.ts';
import { type AuditFilter, auditPeople, listAudit, recordIdByNumber } from '../db/audit.ts';
import { type DeskContext, type HandlerGroup, read, task } from '../kernel/handler.ts';
import { auditFile } from './export.ts';

/** The log's filter for the viewer's one, or null when the record named does not exist. */
function logFilter(ctx: DeskContext, f: AuditFilterInput): AuditFilter | null {
  if (f.from && f.to && f.from > f.to) {
    throw new DomainError('invalid_input', undefined, [{ path: 'to', message: 'period_order' }]);
  }
  let entityId = f.entityId;
  if (f.number !== undefined) {
    if (f.entity === 'application' || f.entity === 'complaint') {
      const found = recordIdByNumber(ctx.db, f.entity, f.number);
      if (found === null) return null;
      entityId = found;
    } else if (/^\d+$/.test(f.number)) entityId = Number(f.number);
    else return null;
  }
  // A day of the office runs from its midnight to the next, in its own time zone.
  const tz = ctx.office.office.timeZone;
  return {
    userId: f.userId,
    from: f.from && officeInstant(f.from, '00:00', tz).toISOString(),
    to: f.to && officeInstant(addDays(f.to, 1), '00:00', tz).toISOString(),
    entity: f.entity,
    entityId,
    kind: f.kind,
    action: f.action,
  };
}

/** The filter as the person set it, for the audit row of the look or the export. */
function asked(f: AuditFilterInput): Record<string, unknown> {
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));
}

export const auditHandlers: HandlerGroup<'audit.list' | 'audit.people' | 'audit.export'> = {
  'audit.list': read(
    ({ limit, offset, ...f }, ctx) => {
      const filter = logFilter(ctx, f);
      return filter ? listAudit(ctx.db, { ...filter, limit, offset }) : { rows: [], total: 0, capped: false };
    },
    {
      entity: 'audit_log',
      what: ({ limit: _limit, ...input }, out) => ({
        after: { filter: asked(input), rows: out.rows.length, total: out.total, capped: out.capped },
      }),
    },
  ),

  // Staff names only: who worked at the desk is no personal data of an applicant.
  'audit.people': read((_input, ctx) => auditPeople(ctx.db)),

  // The log leaves the program as a file: who took it, when, with which filter and what it held
  // (Law No. 94-V Art. 22) — the kernel's read row, as for the log's own viewing.
  'audit.export': task(
    async ({ format, lang, ...f }, ctx) => {
      const filter = logFilter(ctx, f);
      const { rows, total } = filter
        ? // An export says how many rows it would have held: counted whole, as rarely as it is asked.
          listAudit(ctx.db, {
            ...filter,
            limit: AUDIT_EXPORT_MAX_ROWS + 1,
            countUpTo: Number.MAX_SAFE_INTEGER,
          })
        : { rows: [], total: 0 };
      if (total > AUDIT_EXPORT_MAX_ROWS) {
        throw new DomainError('export_too_large', {
          rows: String(total),
          max: String(AUDIT_EXPORT_MAX_ROWS),
        });
      }
      const file = await auditFile(rows, {
        format,
        lang: lang ?? ctx.user.language,
        timeZone: ctx.office.office.timeZone,
        today: ctx.today,
        heading: [JSON.stringify(asked(f))],
        by: ctx.user.fullName,
        now: ctx.now,
      });
      return { fileName: file.fileName, rows: rows.length, contentBase64: file.bytes.toString('base64') };
    },
    {
      entity: 'audit_log',
      what: ({ format, lang: _lang, ...f }, out) => ({
        after: {
          filter: asked(f),
          format,
          rows: out.rows,
          fileName: out.fileName,
          sha256: createHash('sha256').update(Buffer.from(out.contentBase64, 'base64')).digest('hex'),
        },
      }),
    },
  ),
};
