// Settings as JSON values under keys. The office settings read as the defaults of the standard
// (shared/standard/office-defaults.ts) where nothing is stored yet.

import { type OfficeSettings, officeSettings } from '../../shared/contract/settings.ts';
import { OFFICE_DEFAULTS } from '../../shared/standard/office-defaults.ts';
import type { Db } from './open.ts';
import { prepared } from './statements.ts';

export const OFFICE_KEY = 'office';

export function readSetting(db: Db, key: string): unknown {
  const row = prepared(db, 'SELECT value FROM settings WHERE key = ?').get(key) as
    | { value: string }
    | undefined;
  return row ? JSON.parse(row.value) : undefined;
}

export function writeSetting(db: Db, key: string, value: unknown, at: string, by: number | null): void {
  prepared(
    db,
    `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
  ).run(key, JSON.stringify(value), at, by);
}

/** The office settings as stored, or the defaults of the standard where nothing is stored yet. */
export function loadOfficeSettings(db: Db): OfficeSettings {
  const stored = readSetting(db, OFFICE_KEY);
  if (stored === undefined) return OFFICE_DEFAULTS;
  const parsed = officeSettings.safeParse(stored);
  // A value written by an older version that no longer fits: the defaults, not a crash.
  return parsed.success ? parsed.data : OFFICE_DEFAULTS;
}
