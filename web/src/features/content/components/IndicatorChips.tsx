import { useTranslation } from 'react-i18next';
import { frameworkLabel } from './FrameworkLabel';

/** The indicators of a revision, of either framework, as a labelled list of chips naming their framework. */
export function IndicatorChips({ indicators }: { indicators: ReadonlyArray<{ frameworkCode: string; code: string; name: string }> }) {
  const { t } = useTranslation('content');
  if (indicators.length === 0) return null;
  return (
    <ul className="chips" aria-label={t('content.indicators')}>
      {indicators.map((indicator) => (
        <li key={`${indicator.frameworkCode}:${indicator.code}`} className="chip">
          <span className="chip-code">
            {t('content.indicatorCode', { framework: frameworkLabel(t, indicator.frameworkCode, true), code: indicator.code })}
          </span>{' '}
          {indicator.name}
        </li>
      ))}
    </ul>
  );
}
