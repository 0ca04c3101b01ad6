import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import { useFormat } from '../../../lib/use-format';
import { SpbeFrameworkQuery } from '../api/operations';
import '../spbe.css';

export default function SpbeCataloguePage() {
  const { t } = useTranslation('spbe');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(SpbeFrameworkQuery);
  const framework = data?.spbeFramework;
  const percent = (basisPoints: number) =>
    format.number(basisPoints / 10_000, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const index = (value: number) => format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const bands = framework ? [...framework.predicates].sort((a, b) => b.minIndex - a.minIndex) : [];

  return (
    <>
      <PageHeading>{t('spbe.title')}</PageHeading>
      <p className="lead">{t('spbe.lead')}</p>
      {loading && !framework ? <LoadingState /> : null}
      {error && !framework ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {framework ? (
        <>
          <section aria-labelledby="spbe-framework" className="card">
            <h2 id="spbe-framework">{framework.name}</h2>
            <p>{t('spbe.legalBasis', { basis: framework.legalBasis })}</p>
            <p>{t('spbe.validFrom', { year: framework.validFrom })}</p>
          </section>
          <div className="two-columns">
            <section aria-labelledby="spbe-levels">
              <h2 id="spbe-levels">{t('spbe.levelsTitle')}</h2>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('spbe.level')}</th>
                      <th scope="col">{t('spbe.levelName')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {framework.maturityLevels.map((level) => (
                      <tr key={level.level}>
                        <td>{level.level}</td>
                        <td>{level.name}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            <section aria-labelledby="spbe-predicates">
              <h2 id="spbe-predicates">{t('spbe.predicatesTitle')}</h2>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('spbe.indexRange')}</th>
                      <th scope="col">{t('spbe.predicate')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {bands.map((band, position) => {
                      const upper = position > 0 ? bands[position - 1].minIndex : undefined;
                      return (
                        <tr key={band.name}>
                          <td>
                            {upper === undefined
                              ? t('spbe.rangeFrom', { min: index(band.minIndex) })
                              : t('spbe.rangeBetween', { min: index(band.minIndex), max: index(upper) })}
                          </td>
                          <td>{band.name}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </section>
          </div>
          <section aria-labelledby="spbe-domains">
            <h2 id="spbe-domains">{t('spbe.domainsTitle')}</h2>
            {framework.domains.length === 0 ? <EmptyState>{t('spbe.empty')}</EmptyState> : null}
            {framework.domains.map((domain) => (
              <section key={domain.code} aria-labelledby={`domain-${domain.code}`} className="domain">
                <h3 id={`domain-${domain.code}`}>{t('spbe.domainHeading', { number: domain.number, name: domain.name })}</h3>
                <p className="muted">{t('spbe.weightOfIndex', { weight: percent(domain.weightBp) })}</p>
                {domain.aspects.map((aspect) => (
                  <section key={aspect.code} aria-labelledby={`aspect-${aspect.code}`} className="aspect">
                    <h4 id={`aspect-${aspect.code}`}>{t('spbe.aspectHeading', { number: aspect.number, name: aspect.name })}</h4>
                    <p className="muted">{t('spbe.weightOfIndex', { weight: percent(aspect.weightBp) })}</p>
                    <div className="table-wrap">
                      <table className="indicator-table">
                        <caption className="visually-hidden">{t('spbe.indicatorsCaption', { name: aspect.name })}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('spbe.code')}</th>
                            <th scope="col">{t('spbe.indicator')}</th>
                            <th scope="col" className="numeric">
                              {t('spbe.weight')}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {aspect.indicators.map((indicator) => (
                            <tr key={indicator.id}>
                              <td>{indicator.code}</td>
                              <td>{indicator.name}</td>
                              <td className="numeric">{percent(indicator.weightBp)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </section>
                ))}
              </section>
            ))}
          </section>
        </>
      ) : null}
    </>
  );
}
