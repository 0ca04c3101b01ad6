import { LOCALES } from '@living-lab/shared';
import { useTranslation } from 'react-i18next';

/** Header language select; the choice is stored in localStorage and sets <html lang> (see i18n.ts). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch">
      <label htmlFor="language-switch">{t('language.label')}</label>
      <select id="language-switch" value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
