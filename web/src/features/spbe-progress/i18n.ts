import { i18n } from '../../i18n/i18n';
import en from './locales/en.json';
import id from './locales/id.json';

/** This feature's texts (and the reasons its server calls may fail with), merged into the app's translations. */
export const spbeProgressResources = { id, en } as const;

export function registerSpbeProgressTranslations(): void {
  for (const [lng, bundle] of Object.entries(spbeProgressResources)) i18n.addResourceBundle(lng, 'translation', bundle, true, false);
}

registerSpbeProgressTranslations();
