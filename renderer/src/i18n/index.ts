// One i18next instance per mounted desk (tests mount many). The user's language is stored
// with the user (session.setLanguage); this only switches what the screen shows.

import i18next, { type i18n as I18n } from 'i18next';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { complaintsTexts } from '../complaints/texts.ts';
import { decisionsTexts } from '../decisions/texts.ts';
import { displayTexts, queueTexts } from '../queue/texts.ts';
import { usersTexts } from '../settings/users-texts.ts';
import { type Catalogue, kk } from './kk.ts';
import type { PlaceTexts } from './place-texts.ts';
import { ru } from './ru.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
    returnNull: false;
  }
}

export const CATALOGUES: Record<Lang, Catalogue> = { kk, ru };

/** Every place's own texts (place-texts.ts), added to each instance under the place's prefix. */
export const PLACES: readonly Pick<PlaceTexts<never>, 'prefix' | 'texts' | 'addTo'>[] = [
  decisionsTexts,
  queueTexts,
  displayTexts,
  complaintsTexts,
  usersTexts,
];

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
  for (const place of PLACES) place.addTo(i18n);
  return i18n;
}

export function currentLang(i18n: I18n): Lang {
  return i18n.language === 'ru' ? 'ru' : 'kk';
}
