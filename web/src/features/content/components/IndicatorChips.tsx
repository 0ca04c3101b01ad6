import { useTranslation } from 'react-i18next';

/** The SPBE indicators of a revision as a labelled list of chips. */
export function IndicatorChips({ indicators }: { indicators: ReadonlyArray<{ code: string; name: string }> }) {
  const { t } = useTranslation('content');
  if (indicators.length === 0) return null;
  return (
    <ul className="chips" aria-label={t('content.indicators')}>
      {indicators.map((indicator) => (
        <li key={indicator.code} className="chip">
          <span className="chip-code">{indicator.code}</span> {indicator.name}
        </li>
      ))}
    </ul>
  );
}
