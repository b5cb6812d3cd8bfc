// The applicant's wish for large print (migration 0013): read by every paper printed for them,
// written from the intake form and the applicant's file.

import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export function largePrintOf(db: Db, applicantId: number): boolean {
  const row = prepared(db, 'SELECT large_print AS on_ FROM applicants WHERE id = ?').get(applicantId) as
    | { on_: number }
    | undefined;
  return row?.on_ === 1;
}

/** The applicant's row exists (the caller checked); updated_at moves like any change to the person. */
export function setLargePrint(db: Db, applicantId: number, on: boolean, at: string): void {
  prepared(db, 'UPDATE applicants SET large_print = ?, updated_at = ? WHERE id = ?').run(
    on ? 1 : 0,
    at,
    applicantId,
  );
}
