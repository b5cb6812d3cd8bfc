// Numbers of the report as the office writes them: a decimal comma in both languages, at most
// two decimals (the contract's precision), and the per cent sign after a space.

import type { i18n as I18n } from 'i18next';

const format = (v: number, i18n: I18n) =>
  new Intl.NumberFormat(i18n.language === 'ru' ? 'ru-RU' : 'kk-KZ', { maximumFractionDigits: 2 }).format(v);

export function percentText(v: number, i18n: I18n, unit = true): string {
  return unit ? `${format(v, i18n)} %` : format(v, i18n);
}

export const numberText = format;

/** A signed difference in percentage points: "+1,25", "−0,5". */
export function signedText(v: number, i18n: I18n): string {
  const abs = format(Math.abs(v), i18n);
  return v > 0 ? `+${abs}` : v < 0 ? `−${abs}` : abs;
}
