// The audit log: one row for every write, with who, through which door, and the row before
// and after. Written inside the same transaction as the change it describes.

import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export interface AuditEvent {
  action: string;
  entity: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
}

/** Who did it, when and through which door: filled in by the kernel, never by a handler. */
export interface AuditStamp {
  at: string;
  userId: number | null;
  door: string;
}

export function writeAudit(db: Db, stamp: AuditStamp, e: AuditEvent): void {
  prepared(
    db,
    `INSERT INTO audit_log (at, user_id, door, action, entity, entity_id, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    stamp.at,
    stamp.userId,
    stamp.door,
    e.action,
    e.entity,
    e.entityId,
    e.before === undefined ? null : JSON.stringify(e.before),
    e.after === undefined ? null : JSON.stringify(e.after),
  );
}

export interface AuditRow {
  id: number;
  at: string;
  userName: string | null;
  door: string;
  action: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

export function listAudit(db: Db, f: { entity?: string; entityId?: number; limit: number }): AuditRow[] {
  const rows = db
    .prepare(
      `SELECT a.id, a.at, u.full_name AS userName, a.door, a.action, a.entity, a.entity_id AS entityId,
              a.before, a.after
         FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
        WHERE (@entity IS NULL OR a.entity = @entity) AND (@entityId IS NULL OR a.entity_id = @entityId)
        ORDER BY a.id DESC LIMIT @limit`,
    )
    .all({ entity: f.entity ?? null, entityId: f.entityId ?? null, limit: f.limit }) as (Omit<
    AuditRow,
    'before' | 'after'
  > & { before: string | null; after: string | null })[];
  return rows.map((r) => ({
    ...r,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  }));
}
