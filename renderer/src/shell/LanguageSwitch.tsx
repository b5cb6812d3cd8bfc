import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/standard/service-definition.ts';
import { useDesk } from '../desk.tsx';
import { currentLang } from '../i18n/index.ts';

const LANGS: readonly Lang[] = ['kk', 'ru'];

/** ҚАЗ / РУС: the screen switches at once and the choice is kept for the signed-in clerk. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const session = useDesk().session;
  const lang = currentLang(i18n);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('shell.interfaceLanguage')}</legend>
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          title={t(l === 'kk' ? 'languages.kkFull' : 'languages.ruFull')}
          onClick={() => void session.getState().setLanguage(l)}
        >
          {t(`languages.${l}`)}
        </button>
      ))}
    </fieldset>
  );
}
