import { DEFAULT_LOCALE, LOCALES, type Locale } from '@living-lab/shared';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import assessmentsEn from '../features/assessments/locales/en.json';
import assessmentsId from '../features/assessments/locales/id.json';
import authEn from '../features/auth/locales/en.json';
import authId from '../features/auth/locales/id.json';
import contentEn from '../features/content/locales/en.json';
import contentId from '../features/content/locales/id.json';
import dashboardsEn from '../features/dashboards/locales/en.json';
import dashboardsId from '../features/dashboards/locales/id.json';
import learningEn from '../features/learning/locales/en.json';
import learningId from '../features/learning/locales/id.json';
import mentoringEn from '../features/mentoring/locales/en.json';
import mentoringId from '../features/mentoring/locales/id.json';
import replicationEn from '../features/replication/locales/en.json';
import replicationId from '../features/replication/locales/id.json';
import spbeEn from '../features/spbe/locales/en.json';
import spbeId from '../features/spbe/locales/id.json';
import usersEn from '../features/users/locales/en.json';
import usersId from '../features/users/locales/id.json';
import commonEn from './locales/common/en.json';
import commonId from './locales/common/id.json';
import regionsEn from './locales/regions/en.json';
import regionsId from './locales/regions/id.json';

export const LANGUAGE_STORAGE_KEY = 'livinglab.language';

/**
 * One namespace per feature (as the server's features: its texts and the texts of its error reasons),
 * plus `common` (the shell, shared components, validation, common reasons) and `regions`. A feature's
 * code uses `useTranslation('<feature>')`; keys it does not have are looked up in `common`.
 */
export const resources = {
  id: {
    common: commonId,
    regions: regionsId,
    auth: authId,
    users: usersId,
    spbe: spbeId,
    content: contentId,
    learning: learningId,
    mentoring: mentoringId,
    assessments: assessmentsId,
    replication: replicationId,
    dashboards: dashboardsId,
  },
  en: {
    common: commonEn,
    regions: regionsEn,
    auth: authEn,
    users: usersEn,
    spbe: spbeEn,
    content: contentEn,
    learning: learningEn,
    mentoring: mentoringEn,
    assessments: assessmentsEn,
    replication: replicationEn,
    dashboards: dashboardsEn,
  },
} as const;

export type Namespace = keyof (typeof resources)['id'];

export const NAMESPACES = Object.keys(resources.id) as Namespace[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function storedLanguage(): Locale {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or full storage: the choice lasts for this visit only.
  }
});

void i18n.use(initReactI18next).init({
  resources,
  ns: NAMESPACES,
  defaultNS: 'common',
  fallbackNS: 'common',
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false }, // React escapes already.
  initAsync: false,
  returnNull: false,
});

/** The current interface language as a Locale. */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}
