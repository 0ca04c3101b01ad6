import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { i18n } from '../i18n/i18n';
import { resources } from '../i18n/resources';

// findBy… and waitFor wait up to 5 s (1 s by default): enough for a busy machine, still quick to fail.
configure({ asyncUtilTimeout: 5000 });

// Every namespace at once: the app fetches the features' texts on demand, tests render without waiting.
for (const [language, namespaces] of Object.entries(resources)) {
  for (const [namespace, texts] of Object.entries(namespaces)) i18n.addResourceBundle(language, namespace, texts);
}

// Tests run in the default language (Bahasa Indonesia) unless they switch on purpose.
beforeEach(async () => {
  window.localStorage.clear();
  await i18n.changeLanguage('id');
});
