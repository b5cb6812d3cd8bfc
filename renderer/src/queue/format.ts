// Small pieces of text the queue's screens share: minutes, shares, figures.

import type { i18n as I18n } from 'i18next';

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
