// Instants from the main side shown as the office sees them (its time zone, not the machine's),
// written dd.mm.yyyy as on Kazakh and Russian forms.

import {
  DEFAULT_TIME_ZONE,
  formatLocalDate,
  formatLocalDateTime,
  localDateOf,
  localTimeOf,
} from '../../../shared/domain/office-time.ts';

export function officeDate(iso: string, timeZone: string | undefined): string {
  return formatLocalDate(localDateOf(new Date(iso), timeZone ?? DEFAULT_TIME_ZONE));
}

export function officeDateTime(iso: string, timeZone: string | undefined): string {
  return formatLocalDateTime(new Date(iso), timeZone ?? DEFAULT_TIME_ZONE);
}

/** 10:42 — the office's time of an instant, or a dash where there is none yet. */
export function officeTime(iso: string | null, timeZone: string | undefined): string {
  return iso ? localTimeOf(new Date(iso), timeZone ?? DEFAULT_TIME_ZONE) : '—';
}
