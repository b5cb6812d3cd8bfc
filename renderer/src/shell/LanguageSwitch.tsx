import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useDesk } from '../desk.tsx';
import { useCommonT } from '../i18n/common-texts.ts';
import { currentLang } from '../i18n/index.ts';
import { useOwnLanguageName } from '../ui/LanguageOptions.tsx';
import { useShellT } from './texts.ts';

const LANGS: readonly Lang[] = ['kk', 'ru'];

/**
 * ҚАЗ / РУС: the screen switches at once and the choice is kept for the signed-in clerk. Each
 * button, its tooltip too, is in its own language and marked so (issue 13).
 */
export function LanguageSwitch() {
  const { tp, i18n } = useShellT();
  const { tp: tc } = useCommonT();
  const ownName = useOwnLanguageName();
  const session = useDesk().session;
  const lang = currentLang(i18n);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{tp('interfaceLanguage')}</legend>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          title={ownName(l)}
          onClick={() => void session.getState().setLanguage(l)}
        >
          {tc(`languages.${l}`)}
        </button>
      ))}
    </fieldset>
  );
}
