// The office's review term of complaints (§21–§23: the standard names none), stored as a setting
// under its own key beside the office settings (settings.ts).

import type { Db } from './open.ts';
import { readSetting, writeSetting } from './settings.ts';

const SETTINGS_KEY = 'complaints';

export interface ComplaintSettings {
  reviewTermDays: number;
}

/** The stored setting, or undefined where none is stored (or what is stored no longer fits). */
export function readComplaintSettings(db: Db): ComplaintSettings | undefined {
  const v = readSetting(db, SETTINGS_KEY) as Partial<ComplaintSettings> | undefined;
  return v && Number.isInteger(v.reviewTermDays) && (v.reviewTermDays as number) > 0
    ? { reviewTermDays: v.reviewTermDays as number }
    : undefined;
}

export function writeComplaintSettings(db: Db, s: ComplaintSettings, at: string, by: number | null): void {
  writeSetting(db, SETTINGS_KEY, s, at, by);
}
