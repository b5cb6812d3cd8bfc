import { type OfficeSettings, officeSettings } from '../../shared/contract/settings.ts';
import { OFFICE_DEFAULTS } from '../../shared/standard/office-defaults.ts';
import type { Db } from '../db/open.ts';
import { readSetting } from '../db/settings.ts';

export const OFFICE_KEY = 'office';

/** The office settings as stored, or the defaults of the standard where nothing is stored yet. */
export function loadOfficeSettings(db: Db): OfficeSettings {
  const stored = readSetting(db, OFFICE_KEY);
  if (stored === undefined) return OFFICE_DEFAULTS;
  const parsed = officeSettings.safeParse(stored);
  // A value written by an older version that no longer fits: the defaults, not a crash.
  return parsed.success ? parsed.data : OFFICE_DEFAULTS;
}
