// Consents and intake attempts: every visit with a package leaves a row, accepted or not.

import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export function insertConsent(
  db: Db,
  c: { applicantId: number; representativeId: number | null; at: string; by: number },
): number {
  return Number(
    prepared(
      db,
      'INSERT INTO consents (applicant_id, representative_id, given_at, recorded_by) VALUES (?, ?, ?, ?)',
    ).run(c.applicantId, c.representativeId, c.at, c.by).lastInsertRowid,
  );
}

export interface AttemptFields {
  applicantId: number;
  representativeId: number | null;
  category: 'adult' | 'child';
  outcome: 'accepted' | 'turned_away';
  missing: string[];
  marks: unknown[];
  queueTicketId: number | null;
  consentId: number;
  standardVersion: string;
  at: string;
  localDate: string;
  by: number;
}

export function insertAttempt(db: Db, a: AttemptFields): number {
  return Number(
    prepared(
      db,
      `INSERT INTO intake_attempts (applicant_id, representative_id, category, outcome, missing, marks,
           queue_ticket_id, consent_id, standard_version, at, local_date, by_user)
         VALUES (@applicantId, @representativeId, @category, @outcome, @missing, @marks,
           @queueTicketId, @consentId, @standardVersion, @at, @localDate, @by)`,
    ).run({ ...a, missing: JSON.stringify(a.missing), marks: JSON.stringify(a.marks) }).lastInsertRowid,
  );
}

export interface AttemptRow {
  id: number;
  applicantId: number;
  representativeId: number | null;
  category: 'adult' | 'child';
  outcome: 'accepted' | 'turned_away';
  missing: string[];
  standardVersion: string;
  at: string;
  localDate: string;
  byName: string;
}

export function getAttempt(db: Db, id: number): AttemptRow | undefined {
  const r = prepared(
    db,
    `SELECT a.id, a.applicant_id AS applicantId, a.representative_id AS representativeId, a.category,
              a.outcome, a.missing, a.standard_version AS standardVersion, a.at, a.local_date AS localDate,
              u.full_name AS byName
         FROM intake_attempts a JOIN users u ON u.id = a.by_user WHERE a.id = ?`,
  ).get(id) as (Omit<AttemptRow, 'missing'> & { missing: string }) | undefined;
  return r && { ...r, missing: JSON.parse(r.missing) as string[] };
}
