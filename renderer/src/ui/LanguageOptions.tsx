// The two languages as the options of a <select>, each named in its own language and marked with
// it — "Қазақ тілі" read in Kazakh, "Русский язык" in Russian — on a Kazakh screen and a Russian
// one alike, so that a screen reader says each name as its speakers do (issue 13, WCAG 3.1.2).

import type { Lang } from '../../../shared/standard/service-definition.ts';
import { commonTexts, useCommonT } from '../i18n/common-texts.ts';

/** A language's name in that language ("Қазақ тілі", "Русский язык"), whatever the screen's. */
export function useOwnLanguageName(): (lang: Lang) => string {
  const { i18n } = useCommonT();
  return (lang) => commonTexts.tIn(i18n, lang)(lang === 'kk' ? 'languages.kkFull' : 'languages.ruFull');
}

export function LanguageOptions() {
  const ownName = useOwnLanguageName();
  return (
    <>
      <option value="kk" lang="kk">
        {ownName('kk')}
      </option>
      <option value="ru" lang="ru">
        {ownName('ru')}
      </option>
    </>
  );
}
