// One i18next instance per mounted desk (tests mount many), holding every place's texts under
// its prefix (place-texts.ts). The user's language is stored with the user (session.setLanguage);
// this only switches what the screen shows.

import i18next, { type i18n as I18n } from 'i18next';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { applicationsTexts } from '../applications/texts.ts';
import { auditTexts } from '../audit/texts.ts';
import { complaintsTexts } from '../complaints/texts.ts';
import { decisionsTexts } from '../decisions/texts.ts';
import { intakeTexts } from '../intake/texts.ts';
import { displayTexts, queueTexts } from '../queue/texts.ts';
import { reportsTexts } from '../reports/texts.ts';
import { backupTexts } from '../settings/backup-texts.ts';
import { settingsTexts } from '../settings/texts.ts';
import { usersTexts } from '../settings/users-texts.ts';
import { shellTexts } from '../shell/texts.ts';
import { surveyTexts } from '../survey/texts.ts';
import { commonTexts } from './common-texts.ts';
import { errorsTexts, fieldsTexts, issuesTexts } from './contract-texts.ts';
import type { PlaceTexts } from './place-texts.ts';

// Every text is reached through a place's `tp` (place-texts.ts), typed by that place's own keys:
// i18next's `t` is given no keys at all, so a bare `t('…')` does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Record<never, never> };
    returnNull: false;
  }
}

/** Every place's texts, each added to every instance under its prefix. */
export const PLACE_TEXTS: readonly Pick<PlaceTexts<never>, 'prefix' | 'texts' | 'addTo' | 'tIn'>[] = [
  commonTexts,
  shellTexts,
  fieldsTexts,
  issuesTexts,
  errorsTexts,
  intakeTexts,
  applicationsTexts,
  settingsTexts,
  usersTexts,
  decisionsTexts,
  queueTexts,
  displayTexts,
  surveyTexts,
  complaintsTexts,
  auditTexts,
  reportsTexts,
  backupTexts,
];

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
  for (const place of PLACE_TEXTS) place.addTo(i18n);
  return i18n;
}

export function currentLang(i18n: I18n): Lang {
  return i18n.language === 'ru' ? 'ru' : 'kk';
}
