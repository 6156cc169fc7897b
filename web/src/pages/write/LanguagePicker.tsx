/** The letter's language: detected from the text, confirmed or changed by the writer. */
import { useTranslation } from 'react-i18next';
import { WRITER_LANGUAGES } from '../../../../shared/limits';

/** A language's name in the UI language. */
export function languageName(code: string, uiLanguage: string, other: string): string {
  if (code === 'other') return other;
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Select with the detected language noted. */
export function LanguagePicker(props: {
  value: string;
  detected: string | undefined;
  onChange: (code: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const other = t('write.otherLanguage');
  return (
    <div className="field">
      <label htmlFor="language">{t('write.languageLabel')}</label>
      <select
        id="language"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-describedby="language-note"
      >
        <option value="">{t('write.languageChoose')}</option>
        {WRITER_LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {languageName(code, i18n.language, other)}
          </option>
        ))}
      </select>
      <p id="language-note" className="muted small" aria-live="polite">
        {props.detected
          ? t('write.languageDetected', { language: languageName(props.detected, i18n.language, other) })
          : t('write.languageWhy')}
      </p>
    </div>
  );
}
