// The office's corrections on top of the holiday library (decrees moving days off).

import type { CalendarCorrection } from '../../shared/contract/settings.ts';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export function activeCorrections(db: Db, from: string, to: string): CalendarCorrection[] {
  return prepared(
    db,
    `SELECT date, kind, note FROM calendar_corrections
        WHERE withdrawn_at IS NULL AND date BETWEEN ? AND ? ORDER BY date`,
  ).all(from, to) as CalendarCorrection[];
}

export function findActiveCorrection(
  db: Db,
  date: string,
): (CalendarCorrection & { id: number }) | undefined {
  return prepared(
    db,
    'SELECT id, date, kind, note FROM calendar_corrections WHERE withdrawn_at IS NULL AND date = ?',
  ).get(date) as (CalendarCorrection & { id: number }) | undefined;
}

export function insertCorrection(db: Db, c: CalendarCorrection, at: string, by: number | null): number {
  return Number(
    prepared(
      db,
      'INSERT INTO calendar_corrections (date, kind, note, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
    ).run(c.date, c.kind, c.note, at, by).lastInsertRowid,
  );
}

export function withdrawCorrection(db: Db, id: number, at: string, by: number | null, reason: string): void {
  prepared(
    db,
    'UPDATE calendar_corrections SET withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ? WHERE id = ?',
  ).run(at, by, reason, id);
}

/** A year's corrections in force, with who entered each and when (null: shipped with the program). */
export function correctionsOfYear(
  db: Db,
  year: number,
): (CalendarCorrection & { enteredAt: string; enteredBy: string | null })[] {
  return db
    .prepare(
      `SELECT c.date, c.kind, c.note, c.created_at AS enteredAt, u.full_name AS enteredBy
         FROM calendar_corrections c LEFT JOIN users u ON u.id = c.created_by
        WHERE c.withdrawn_at IS NULL AND c.date BETWEEN ? AND ? ORDER BY c.date`,
    )
    .all(`${year}-01-01`, `${year}-12-31`) as (CalendarCorrection & {
    enteredAt: string;
    enteredBy: string | null;
  })[];
}
