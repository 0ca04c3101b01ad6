import '@testing-library/jest-dom';
import { i18n } from '../i18n/i18n';

// Tests run in the default language (Bahasa Indonesia) unless they switch on purpose.
beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('id');
});
