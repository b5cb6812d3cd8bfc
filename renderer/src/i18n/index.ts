// One i18next instance per mounted desk (tests mount many). The user's language is stored
// with the user (session.setLanguage); this only switches what the screen shows.

import i18next, { type i18n as I18n } from 'i18next';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { type Catalogue, kk } from './kk.ts';
import { ru } from './ru.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
    returnNull: false;
  }
}

export const CATALOGUES: Record<Lang, Catalogue> = { kk, ru };

export function createI18n(lang: Lang = 'kk'): I18n {
  const i18n = i18next.createInstance();
  // Resources are bundled, so init is synchronous: the first render already has its texts.
  void i18n.init({
    resources: { kk: { translation: kk }, ru: { translation: ru } },
    lng: lang,
    fallbackLng: 'kk',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  return i18n;
}

export function currentLang(i18n: I18n): Lang {
  return i18n.language === 'ru' ? 'ru' : 'kk';
}
