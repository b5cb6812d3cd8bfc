// The audit log (Law No. 94-V Art. 22, STANDARD.md §18): one row for every write, with who,
// through which door, and the row before and after — written inside the same transaction as the
// change it describes — and one row for every look at personal data (kind 'read'), written by
// the kernel right after the read (kernel/handler.ts), committed without an fsync of its own and
// synced within a second (read-rows.ts).

import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export type AuditKind = 'write' | 'read' | 'refused';

export interface AuditEvent {
  action: string;
  entity: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
  /**
   * 'read' for a row that records what was seen or taken away (a print, an export); 'refused'
   * is the kernel's, for a restricted read tried by a role it is not for.
   */
  kind?: AuditKind;
}

/** Who did it, when and through which door: filled in by the kernel, never by a handler. */
export interface AuditStamp {
  at: string;
  userId: number | null;
  door: string;
  /** The operating-system account of a command-line run; null elsewhere. */
  osUser?: string | null;
}

export function writeAudit(db: Db, stamp: AuditStamp, e: AuditEvent): void {
  prepared(
    db,
    `INSERT INTO audit_log (at, user_id, door, os_user, kind, action, entity, entity_id, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    stamp.at,
    stamp.userId,
    stamp.door,
    stamp.osUser ?? null,
    e.kind ?? 'write',
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
  userId: number | null;
  userName: string | null;
  door: string;
  osUser: string | null;
  kind: AuditKind;
  action: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

/** What the viewer asks for. `from`/`to` are instants (the office's day turned into UTC). */
export interface AuditFilter {
  userId?: number;
  /** Inclusive lower bound, ISO instant. */
  from?: string;
  /** Exclusive upper bound, ISO instant. */
  to?: string;
  entity?: string;
  entityId?: number;
  kind?: AuditKind;
  /** An action's name, or the start of one ("print." for every print). */
  action?: string;
}

/**
 * The WHERE clause of a filter, with only the conditions asked for: `(@x IS NULL OR col = @x)`
 * would keep SQLite from using audit_log_by_user or audit_log_by_at, and the log grows by a
 * row for every look at a record all day long.
 */
function whereOf(f: AuditFilter): { sql: string; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (sql: string, name: string, value: unknown) => {
    if (value === undefined) return;
    conditions.push(sql);
    params[name] = value;
  };
  add('a.user_id = @userId', 'userId', f.userId);
  add('a.at >= @from', 'from', f.from);
  add('a.at < @to', 'to', f.to);
  add('a.entity = @entity', 'entity', f.entity);
  add('a.entity_id = @entityId', 'entityId', f.entityId);
  add('a.kind = @kind', 'kind', f.kind);
  add('substr(a.action, 1, length(@action)) = @action', 'action', f.action);
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

type StoredRow = Omit<AuditRow, 'before' | 'after'> & { before: string | null; after: string | null };

const parsed = (r: StoredRow): AuditRow => ({
  ...r,
  before: r.before === null ? null : JSON.parse(r.before),
  after: r.after === null ? null : JSON.parse(r.after),
});

export const AUDIT_PAGE_SQL = (where: string) =>
  `SELECT a.id, a.at, a.user_id AS userId, u.full_name AS userName, a.door, a.os_user AS osUser, a.kind,
          a.action, a.entity, a.entity_id AS entityId, a.before, a.after
     FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
     ${where}
    ORDER BY a.at DESC, a.id DESC LIMIT @limit OFFSET @offset`;

/**
 * How far the viewer counts the rows of a filter: 200 pages of 50. The log grows by a row for
 * every look at a record all day; counting all of it at every page turn is a scan of the whole
 * log (issue 12). Beyond it the viewer says "more than".
 */
export const AUDIT_COUNT_CAP = 10_000;

/** One page of the log, newest first, and how many rows the filter holds, up to `countUpTo`. */
export function listAudit(
  db: Db,
  f: AuditFilter & { limit: number; offset?: number; countUpTo?: number },
): { rows: AuditRow[]; total: number; capped: boolean } {
  const where = whereOf(f);
  const rows = prepared(db, AUDIT_PAGE_SQL(where.sql)).all({
    ...where.params,
    limit: f.limit,
    offset: f.offset ?? 0,
  }) as StoredRow[];
  const cap = f.countUpTo ?? AUDIT_COUNT_CAP;
  const n = prepared(
    db,
    `SELECT count(*) FROM (SELECT 1 FROM audit_log a ${where.sql} ORDER BY a.at DESC, a.id DESC LIMIT @cap)`,
  )
    .pluck()
    .get({ ...where.params, cap: cap + 1 }) as number;
  return { rows: rows.map(parsed), total: Math.min(n, cap), capped: n > cap };
}

/** Everyone who ever worked at the desk, those who left too: the viewer's choice of person. */
export function auditPeople(db: Db): { id: number; fullName: string; login: string }[] {
  return prepared(db, 'SELECT id, full_name AS fullName, login FROM users ORDER BY full_name').all() as {
    id: number;
    fullName: string;
    login: string;
  }[];
}

/** The id of an application by its register number, of a complaint by its journal number. */
export function recordIdByNumber(db: Db, entity: 'application' | 'complaint', number: string): number | null {
  const sql =
    entity === 'application'
      ? 'SELECT id FROM applications WHERE reg_number = ?'
      : 'SELECT id FROM complaints WHERE journal_number = ?';
  return (prepared(db, sql).pluck().get(number) as number | undefined) ?? null;
}
