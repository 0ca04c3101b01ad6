import { DEFAULT_TIME_ZONE } from '@living-lab/shared';
import { useTranslation } from 'react-i18next';
import { useAuth } from './auth';
import { formatDateTime, formatDay, formatNumber } from './dates';

/** Date and number formatting in the current language and the signed-in user's time zone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const { user } = useAuth();
  const timeZone = user?.timeZone ?? DEFAULT_TIME_ZONE;
  return {
    dateTime: (value: string | Date) => formatDateTime(value, i18n.language, timeZone),
    /** A calendar day (YYYY-MM-DD), e.g. a pair's start date. */
    day: (value: string) => formatDay(value, i18n.language),
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, i18n.language, options),
  };
}
