// Small pieces of text the queue's screens share: office time of an instant, minutes, shares.

import type { i18n as I18n } from 'i18next';
import { DEFAULT_TIME_ZONE, localTimeOf } from '../../../shared/domain/office-time.ts';

/** 10:42 in the office's zone (never the machine's). */
export function officeTime(iso: string | null, timeZone: string | undefined): string {
  return iso ? localTimeOf(new Date(iso), timeZone ?? DEFAULT_TIME_ZONE) : '—';
}

/** Whole minutes, rounded down: a wait of 19.9 minutes is not yet 20. */
export function wholeMinutes(minutes: number): number {
  return Math.floor(minutes + 1e-9);
}

export function percent(share: number | null, i18n: I18n): string {
  if (share === null) return '—';
  return `${new Intl.NumberFormat(i18n.language === 'ru' ? 'ru-RU' : 'kk-KZ', { maximumFractionDigits: 1 }).format(share * 100)} %`;
}

export function decimal(value: number | null, i18n: I18n): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(i18n.language === 'ru' ? 'ru-RU' : 'kk-KZ', {
    maximumFractionDigits: 1,
  }).format(value);
}
