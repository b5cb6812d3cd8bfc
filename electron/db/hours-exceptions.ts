// §10: the reasons recorded for records taken outside the office's hours (0010-hours-exceptions).

import type { Db } from './open.ts';

export type HoursExceptionEntity = 'application' | 'complaint';

export function insertHoursException(
  db: Db,
  e: { entity: HoursExceptionEntity; entityId: number; reason: string; at: string; by: number },
): void {
  db.prepare(
    'INSERT INTO hours_exceptions (entity, entity_id, reason, at, by) VALUES (@entity, @entityId, @reason, @at, @by)',
  ).run(e);
}

/** The reason recorded for one record, or null when it was taken within the hours. */
export function hoursExceptionOf(db: Db, entity: HoursExceptionEntity, entityId: number): string | null {
  const r = db
    .prepare('SELECT reason FROM hours_exceptions WHERE entity = ? AND entity_id = ?')
    .pluck()
    .get(entity, entityId) as string | undefined;
  return r ?? null;
}
