import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { i18n } from '../i18n/i18n';

// findBy… and waitFor wait up to 5 s (1 s by default): enough for a busy machine, still quick to fail.
configure({ asyncUtilTimeout: 5000 });

// Tests run in the default language (Bahasa Indonesia) unless they switch on purpose.
beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('id');
});
