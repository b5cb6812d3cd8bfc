// Numbers of the report as the office writes them: a decimal comma in both languages, at most
// two decimals (the contract's precision), and the per cent sign after a space. (The language
// is taken for the day the two differ.)

import type { i18n as I18n } from 'i18next';

// Russian's number format is Kazakh's too (decimal comma, space between thousands), and every
// browser has it: Chromium builds without Kazakh locale data would print "89.47".
const NUMBERS = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const format = (v: number, _i18n: I18n) => NUMBERS.format(v);

export function percentText(v: number, i18n: I18n, unit = true): string {
  return unit ? `${format(v, i18n)} %` : format(v, i18n);
}

export const numberText = format;

/** A signed difference in percentage points: "+1,25", "−0,5". */
export function signedText(v: number, i18n: I18n): string {
  const abs = format(Math.abs(v), i18n);
  return v > 0 ? `+${abs}` : v < 0 ? `−${abs}` : abs;
}
