import { DEFAULT_LOCALE, LOCALES, type Locale } from '@living-lab/shared';
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import commonId from './locales/common/id.json';
import regionsId from './locales/regions/id.json';

export const LANGUAGE_STORAGE_KEY = 'livinglab.language';

type Texts = Record<string, unknown>;

/**
 * One namespace per feature (as the server's features: its texts and the texts of its error reasons),
 * plus `common` (the shell, shared components, validation, common reasons) and `regions`. A feature's
 * code uses `useTranslation('<feature>')`; keys it does not have are looked up in `common`.
 *
 * `common` and `regions` in Bahasa Indonesia (the default) come with the entry chunk, as the shell needs
 * them before anything renders; in English they are fetched first (main.tsx renders once they are). A
 * feature's texts are a chunk per language, fetched the first time a component asks for the namespace
 * and only in the current language: useTranslation suspends until then (the routes' Suspense shows the
 * loading state), so no key shows raw. Changing the language fetches the loaded namespaces' texts first.
 */
const FEATURE_TEXTS = {
  auth: { id: () => import('../features/auth/locales/id.json'), en: () => import('../features/auth/locales/en.json') },
  users: { id: () => import('../features/users/locales/id.json'), en: () => import('../features/users/locales/en.json') },
  spbe: { id: () => import('../features/spbe/locales/id.json'), en: () => import('../features/spbe/locales/en.json') },
  content: { id: () => import('../features/content/locales/id.json'), en: () => import('../features/content/locales/en.json') },
  learning: { id: () => import('../features/learning/locales/id.json'), en: () => import('../features/learning/locales/en.json') },
  mentoring: { id: () => import('../features/mentoring/locales/id.json'), en: () => import('../features/mentoring/locales/en.json') },
  assessments: { id: () => import('../features/assessments/locales/id.json'), en: () => import('../features/assessments/locales/en.json') },
  replication: { id: () => import('../features/replication/locales/id.json'), en: () => import('../features/replication/locales/en.json') },
  dashboards: { id: () => import('../features/dashboards/locales/id.json'), en: () => import('../features/dashboards/locales/en.json') },
  notifications: {
    id: () => import('../features/notifications/locales/id.json'),
    en: () => import('../features/notifications/locales/en.json'),
  },
  discussions: { id: () => import('../features/discussions/locales/id.json'), en: () => import('../features/discussions/locales/en.json') },
  mail: { id: () => import('../features/mail/locales/id.json'), en: () => import('../features/mail/locales/en.json') },
  audit: { id: () => import('../features/audit/locales/id.json'), en: () => import('../features/audit/locales/en.json') },
  membership: {
    id: () => import('../features/membership/locales/id.json'),
    en: () => import('../features/membership/locales/en.json'),
  },
} satisfies Record<string, Record<Locale, () => Promise<{ default: Texts }>>>;

/** The shell's texts in the default language come with the entry chunk; in English, main.tsx waits for them. */
const SHELL_TEXTS_EN = {
  common: () => import('./locales/common/en.json'),
  regions: () => import('./locales/regions/en.json'),
};

const BUNDLED = { id: { common: commonId, regions: regionsId } };

export type Namespace = 'common' | 'regions' | keyof typeof FEATURE_TEXTS;

export const NAMESPACES = ['common', 'regions', ...Object.keys(FEATURE_TEXTS)] as Namespace[];

/** An i18next backend that imports a feature's texts for one language. */
const featureTexts: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const shell = language === 'en' ? (SHELL_TEXTS_EN as Record<string, () => Promise<{ default: Texts }>>)[namespace] : undefined;
    const load =
      shell ??
      (isLocale(language)
        ? (FEATURE_TEXTS as Record<string, Record<Locale, () => Promise<{ default: Texts }>>>)[namespace]?.[language]
        : undefined);
    if (!load) {
      callback(new Error(`No texts for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      // retry: true lets i18next try again (a flaky connection while fetching the chunk).
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};

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

/** Emitted on `i18n` when texts that loadNamespace() asked for arrive (see `react` in the options below). */
const LATE_TEXTS_ADDED = 'lateTextsAdded';

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or full storage: the choice lasts for this visit only.
  }
});

void i18n
  .use(initReactI18next)
  .use(featureTexts)
  .init({
    resources: BUNDLED,
    // The features' namespaces come from the backend, on demand.
    partialBundledLanguages: true,
    ns: ['common', 'regions'],
    defaultNS: 'common',
    fallbackNS: 'common',
    lng: storedLanguage(),
    // Both languages have the same keys (locales.test.ts): no fallback, so only the current language is fetched.
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false }, // React escapes already.
    initAsync: false,
    returnNull: false,
    // Re-render translated components when the language changes, and when texts asked for outside a
    // component's own namespace arrive (loadNamespace below: another feature's error reason texts). Not on
    // every namespace that arrives: a component waiting for its own namespace suspends and renders when it
    // is there, and re-rendering every translated component for each feature's texts on the way (the page's,
    // the notification bell's, the home page's cards') cost the first load a long task each (issue 13).
    react: { bindI18n: `languageChanged ${LATE_TEXTS_ADDED}` },
  });

/** Namespaces asked for by loadNamespace(): when their texts arrive, translated components render again. */
const lateNamespaces = new Set<string>();
i18n.store.on('added', (language, namespace) => {
  if (lateNamespaces.has(namespace)) i18n.emit(LATE_TEXTS_ADDED, language, namespace);
});

/**
 * Fetches a namespace's texts if they are not there yet (components re-render when they arrive): for a
 * text looked up outside the component's own namespace, as an error reason of another feature.
 */
export function loadNamespace(namespace: string): void {
  if (i18n.hasLoadedNamespace(namespace)) return;
  lateNamespaces.add(namespace);
  void i18n.loadNamespaces(namespace);
}

/** The current interface language as a Locale. */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}
