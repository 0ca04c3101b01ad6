/** Interface languages: Bahasa Indonesia first (the default), English second. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

/** Dates are shown in WIB unless the user chooses another zone. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';
