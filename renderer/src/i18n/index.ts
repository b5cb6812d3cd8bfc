// One i18next instance per mounted desk (tests mount many), holding each place's texts under its
// prefix from the place's first use of them (place-texts.ts). The user's language is stored with the user (session.setLanguage);
// this only switches what the screen shows.

import i18next, { type i18n as I18n } from 'i18next';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { shellTexts } from '../shell/texts.ts';
import { commonTexts } from './common-texts.ts';
import { errorsTexts, fieldsTexts, issuesTexts } from './contract-texts.ts';

// Every text is reached through a place's `tp` (place-texts.ts), typed by that place's own keys:
// i18next's `t` is given no keys at all, so a bare `t('…')` does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Record<never, never> };
    returnNull: false;
  }
}

/**
 * The texts an instance holds from the start: the words of every screen, and those an error may
 * need wherever it shows (errors.ts reads the fields' names straight from the instance). Every
 * other place's texts are added when the place first uses them (place-texts.ts); all of them are
 * listed in all-texts.ts.
 */
const FROM_THE_START = [commonTexts, shellTexts, fieldsTexts, issuesTexts, errorsTexts];

export function createI18n(lang: Lang = 'kk'): I18n {
  const i18n = i18next.createInstance();
  // Resources are bundled, so init is synchronous: the first render already has its texts.
  void i18n.init({
    resources: { kk: { translation: {} }, ru: { translation: {} } },
    lng: lang,
    fallbackLng: 'kk',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  for (const place of FROM_THE_START) place.addTo(i18n);
  return i18n;
}

export function currentLang(i18n: I18n): Lang {
  return i18n.language === 'ru' ? 'ru' : 'kk';
}
