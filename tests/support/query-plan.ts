// What SQLite will do for a query (EXPLAIN QUERY PLAN), and the check that it reads no big
// table whole. Signal asserts the plans of its hot queries the same way (STYLE.md): an index
// that silently stops being used is caught by a test, not by an office a year later.

import type { Db } from '../../electron/db/open.ts';

/** The plan's lines, e.g. "SEARCH a USING INDEX applications_by_accepted (status=?)". */
export function queryPlan(db: Db, sql: string, params: unknown = {}): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params as object) as { detail: string }[]).map(
    (r) => r.detail,
  );
}

export interface AllowedScans {
  /** Tables of a few dozen rows at most (users, settings…): read whole, and that is fine. */
  small?: readonly string[];
  /**
   * Indexes walked in the list's own order under a LIMIT: SQLite says SCAN, but it reads only
   * as far as the page (e.g. applications_by_accepted for the newest applications).
   */
  inOrder?: readonly string[];
}

/**
 * The lines of a plan that read a big table (or a whole index of one) from end to end: every
 * SCAN but those allowed, and but the scans of what the query itself holds (a subquery's
 * rows, a constant row, json_each over the ids of one page) and of an FTS5 MATCH ("VIRTUAL
 * TABLE INDEX 0:M…": its index answers it).
 */
export function fullScans(plan: readonly string[], allowed: AllowedScans = {}): string[] {
  // A WITH's rows read back (its own reads are lines of the same plan, checked as any other).
  const own = new Set(
    plan.flatMap((line) => /^(?:CO-ROUTINE|MATERIALIZE) (\S+)$/.exec(line)?.slice(1) ?? []),
  );
  return plan.filter((line) => {
    const m = /^SCAN (\S+)(.*)$/.exec(line);
    if (!m) return false;
    const name = m[1] ?? '';
    const rest = m[2] ?? '';
    if (/VIRTUAL TABLE INDEX \d+:M/.test(rest)) return false;
    if (name === 'CONSTANT' || name === 'json_each' || /^\(subquery-\d+\)$/.test(name) || own.has(name))
      return false;
    if (allowed.small?.includes(name)) return false;
    const index = / USING (?:COVERING )?INDEX (\S+)/.exec(rest)?.[1];
    return !(index && allowed.inOrder?.includes(index));
  });
}

/**
 * Every statement the database runs from now on, with its plan for the values it ran with:
 * a channel's queries checked as the channel really runs them. Statements prepared before
 * (and kept by statements.ts) are not seen: start on a fresh connection.
 */
export function recordPlans(db: Db): { plans: { sql: string; plan: string[] }[]; stop(): void } {
  const plans: { sql: string; plan: string[] }[] = [];
  const prepare = db.prepare;
  const explain = (sql: string, args: unknown[]) => {
    const statement = prepare.call(db, `EXPLAIN QUERY PLAN ${sql}`);
    const rows = (statement.all as (...a: unknown[]) => { detail: string }[]).apply(statement, args);
    return rows.map((r) => r.detail);
  };
  db.prepare = ((sql: string) => {
    const statement = prepare.call(db, sql);
    if (!statement.reader) return statement;
    for (const method of ['all', 'get', 'iterate'] as const) {
      const run = statement[method] as (...args: unknown[]) => unknown;
      Object.defineProperty(statement, method, {
        value: (...args: unknown[]) => {
          plans.push({ sql, plan: explain(sql, args) });
          return run.apply(statement, args);
        },
      });
    }
    return statement;
  }) as typeof db.prepare;
  return {
    plans,
    stop: () => {
      db.prepare = prepare;
    },
  };
}
