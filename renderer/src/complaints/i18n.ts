// The complaint journal's screen texts reach i18next at run time under `complaints.` (so the
// language switch, interpolation and the fallback work as everywhere), but stay out of the
// typed catalogue's key union: that union is near the size at which TypeScript gives up on
// i18next's key types (TS2589 in a component that passes `t` around; seen at ~150 more keys).
// `tc` is typed by this place's own keys instead, from the Kazakh half (texts.ts).

import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { complaintsKk, complaintsRu } from './texts.ts';

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the complaint texts, e.g. 'banner.overdue'. */
export type ComplaintKey = Paths<typeof complaintsKk>;

/** Adds the complaint texts to a desk's i18n instance (desk.tsx, once per desk). */
export function addComplaintTexts(i18n: I18n): void {
  i18n.addResourceBundle('kk', 'translation', { complaints: complaintsKk }, true, true);
  i18n.addResourceBundle('ru', 'translation', { complaints: complaintsRu }, true, true);
}

type Untyped = (key: string, options?: Record<string, unknown>) => string;

/** `t` of the whole catalogue, and `tc` of the complaint texts. */
export function useComplaintsT() {
  const { t, i18n } = useTranslation();
  const tc = (key: ComplaintKey, options?: Record<string, string | number>): string =>
    (i18n.t as unknown as Untyped)(`complaints.${key}`, options);
  return { t, tc, i18n };
}
