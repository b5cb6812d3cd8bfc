// The two languages as the options of a <select>, each name marked with its own language so that
// a screen reader reads "Русский" in Russian on a Kazakh screen (issue 13).

import { useCommonT } from '../i18n/common-texts.ts';

export function LanguageOptions() {
  const { tp: tc } = useCommonT();
  return (
    <>
      <option value="kk" lang="kk">
        {tc('languages.kkFull')}
      </option>
      <option value="ru" lang="ru">
        {tc('languages.ruFull')}
      </option>
    </>
  );
}
