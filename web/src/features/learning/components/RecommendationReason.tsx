import { useTranslation } from 'react-i18next';
import { formatIndex } from '../../../lib/spbe-format';
import { useFormat } from '../../../lib/use-format';

export interface RecommendationReasonData {
  basis: 'WEAKEST_INDICATOR' | 'HEAVIEST_INDICATOR' | 'NEWEST';
  regionName?: string | null;
  frameworkCode?: string | null;
  year?: number | null;
  indicatorCode?: string | null;
  indicatorName?: string | null;
  value?: number | null;
  weightPercent?: number | null;
  crosswalkedFrom?: { frameworkCode: string; code: string; name: string } | null;
}

/** Short framework names by code; an unknown code is shown as it is. */
const FRAMEWORK_KEYS: Record<string, string> = {
  'PERMENPANRB-8-2026': 'home.reason.frameworks.PEMDI',
  'PERMENPANRB-59-2020': 'home.reason.frameworks.SPBE_59',
};

/**
 * Why a module is recommended, worded from the server's structured reason: "Kabupaten X scores 1,80
 * on I05 Tata Kelola Data (Indeks Pemdi 2026); this module covers it", or, without an assessment,
 * one of the framework's heaviest indicators. Always with the framework (and year) of the figure.
 */
export function RecommendationReasonText({ reason }: { reason: RecommendationReasonData }) {
  const { t, i18n } = useTranslation('learning');
  const format = useFormat();
  const nameOf = (code: string | null | undefined) => (code ? (FRAMEWORK_KEYS[code] ? t(FRAMEWORK_KEYS[code]) : code) : '');
  const framework = nameOf(reason.frameworkCode);
  const indicator = { code: reason.indicatorCode ?? '', name: reason.indicatorName ?? '', framework };
  let text: string;
  if (reason.basis === 'WEAKEST_INDICATOR' && reason.value != null) {
    text = t('home.reason.weakest', {
      ...indicator,
      region: reason.regionName ?? '',
      value: formatIndex(reason.value, i18n.language),
      year: reason.year ?? '',
    });
  } else if (reason.basis === 'HEAVIEST_INDICATOR') {
    const weight = format.number(reason.weightPercent ?? 0, { maximumFractionDigits: 2 });
    text = reason.regionName
      ? t('home.reason.heaviestNoAssessment', { ...indicator, region: reason.regionName, weight })
      : t('home.reason.heaviestNoRegion', { ...indicator, weight });
  } else {
    text = t('home.reason.newest');
  }
  const via = reason.crosswalkedFrom
    ? ` ${t('home.reason.viaCrosswalk', {
        framework: nameOf(reason.crosswalkedFrom.frameworkCode),
        code: reason.crosswalkedFrom.code,
        name: reason.crosswalkedFrom.name,
      })}`
    : '';
  return <p className="recommendation-reason">{`${text}${via}`}</p>;
}
