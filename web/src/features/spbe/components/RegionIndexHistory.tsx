import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../components/States';
import { TableScroll } from '../../../components/TableScroll';
import { formatIndex } from '../../../lib/spbe-format';
import { RegionIndexHistoryQuery } from '../api/operations';
import { frameworkShortName } from './frameworks';
import { ValueKindLabel } from './ValueKindLabel';
import '../spbe.css';

/**
 * A region's index history, one table per framework side by side (stacked on a phone): the SPBE
 * years beside the Pemdi present. Values of two frameworks are never put in one series.
 */
export function RegionIndexHistory({ regionCode }: { regionCode: string }) {
  const { t, i18n } = useTranslation('spbe');
  const { data, loading, error, refetch } = useQuery(RegionIndexHistoryQuery, {
    variables: { regionCode },
    fetchPolicy: 'cache-and-network',
  });
  const history = data?.regionSpbe.history;
  return (
    <section className="spbe-section" aria-labelledby="spbe-history-title">
      <h2 id="spbe-history-title">{t('history.title')}</h2>
      <p className="field-hint">{t('history.lead')}</p>
      {loading && !history ? <LoadingState /> : null}
      {error && !history ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {history && history.length === 0 ? <p>{t('history.empty')}</p> : null}
      {history && history.length > 0 ? (
        <div className="framework-series">
          {history.map((series) => {
            const captionId = `spbe-history-${series.frameworkCode}`;
            return (
              <TableScroll key={series.frameworkCode} captionId={captionId}>
                <table>
                  <caption id={captionId}>{frameworkShortName(series.frameworkCode)}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('history.year')}</th>
                      <th scope="col" className="numeric">
                        {t('history.value')}
                      </th>
                      <th scope="col">{t('history.kind')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {series.values.map((value) => (
                      <tr key={`${value.year}-${value.kind}`}>
                        <th scope="row">{value.year}</th>
                        <td className="numeric">{formatIndex(value.value, i18n.language)}</td>
                        <td>
                          <ValueKindLabel kind={value.kind} />
                          {value.source ? <span className="field-hint value-source"> {value.source}</span> : null}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            );
          })}
        </div>
      ) : null}
    </section>
  );
}
