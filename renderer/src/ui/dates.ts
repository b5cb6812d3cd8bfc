// Instants from the main side shown as the office sees them (its time zone, not the machine's),
// written dd.mm.yyyy as on Kazakh and Russian forms.

import {
  DEFAULT_TIME_ZONE,
  formatLocalDate,
  formatLocalDateTime,
  localDateOf,
} from '../../../shared/domain/office-time.ts';

export function officeDate(iso: string, timeZone: string | undefined): string {
  return formatLocalDate(localDateOf(new Date(iso), timeZone ?? DEFAULT_TIME_ZONE));
}

export function officeDateTime(iso: string, timeZone: string | undefined): string {
  return formatLocalDateTime(new Date(iso), timeZone ?? DEFAULT_TIME_ZONE);
}
