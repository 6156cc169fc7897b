/** A native select of the eight UI languages; the choice is remembered. */
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '../../../shared/limits';
import { isUiLanguage, LANGUAGE_NAMES, setLanguage } from '../i18n';

/** The language switcher in the header. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('nav.language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => {
          if (isUiLanguage(e.target.value)) void setLanguage(e.target.value);
        }}
      >
        {UI_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {LANGUAGE_NAMES[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
