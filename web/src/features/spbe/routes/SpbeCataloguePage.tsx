import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import type { SpbeFrameworkQuery as FrameworkData } from '../../../gql/graphql';
import { useCan } from '../../../lib/use-can';
import { useFormat } from '../../../lib/use-format';
import { SpbeFrameworkQuery } from '../api/operations';
import { FrameworkPicker } from '../components/FrameworkPicker';
import { frameworkShortName } from '../components/frameworks';
import { LevelNamesForm } from '../components/LevelNamesForm';
import '../spbe.css';

type Framework = FrameworkData['spbeFramework'];
type Aspect = Framework['aspects'][number];
type Level = Framework['maturityLevels'][number];

/** /spbe/katalog — a framework's catalogue (the current one first): years, levels, predicates, aspects and indicators. */
export default function SpbeCataloguePage() {
  const { t } = useTranslation('spbe');
  const format = useFormat();
  const can = useCan();
  const [code, setCode] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(SpbeFrameworkQuery, { variables: { code } });
  const framework = data?.spbeFramework;
  const percent = (basisPoints: number) =>
    format.number(basisPoints / 10_000, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const index = (value: number) => format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const bands = framework ? [...framework.predicates].sort((a, b) => b.minIndex - a.minIndex) : [];
  const aspectsByCode = new Map((framework?.aspects ?? []).map((aspect) => [aspect.code, aspect]));

  const aspectSection = (aspect: Aspect, heading: 'h3' | 'h4') => {
    const Heading = heading;
    return (
      <section key={aspect.code} aria-labelledby={`aspect-${aspect.code}`} className="aspect">
        <Heading id={`aspect-${aspect.code}`}>{t('spbe.aspectHeading', { number: aspect.number, name: aspect.name })}</Heading>
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
    );
  };

  return (
    <>
      <PageHeading>{framework ? t('spbe.titleFramework', { name: frameworkShortName(framework.code) }) : t('spbe.title')}</PageHeading>
      <p className="lead">{t('spbe.lead')}</p>
      <FrameworkPicker value={code} onChange={setCode} />
      {loading && !framework ? <LoadingState /> : null}
      {error && !framework ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {framework ? (
        <>
          <section aria-labelledby="spbe-framework" className="card">
            <h2 id="spbe-framework">{framework.name}</h2>
            <p>{t('spbe.legalBasis', { basis: framework.legalBasis })}</p>
            <p>
              {framework.validTo == null
                ? t('spbe.validFrom', { year: framework.validFrom })
                : t('spbe.validTo', { from: framework.validFrom, to: framework.validTo })}
            </p>
            {framework.revocation ? (
              <p>{t('spbe.revoked', { on: format.day(framework.revocation.on), by: framework.revocation.by })}</p>
            ) : null}
            <p>{framework.scale.resolution === 1 ? t('spbe.twoDecimals') : t('spbe.wholeLevels')}</p>
          </section>
          <div className="two-columns">
            <LevelsTable id="spbe-levels" title={t('spbe.levelsTitle')} levels={framework.maturityLevels} />
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
            {framework.domains.flatMap((domain) =>
              domain.maturityLevels
                ? [
                    <LevelsTable
                      key={domain.code}
                      id={`spbe-levels-${domain.code}`}
                      title={t('spbe.domainLevelsTitle', { name: domain.name })}
                      levels={domain.maturityLevels}
                    />,
                  ]
                : [],
            )}
          </div>
          {can('editSpbeCatalogue') ? (
            <section aria-labelledby="spbe-level-names">
              <h2 id="spbe-level-names">{t('levelsForm.heading')}</h2>
              <LevelNamesForm
                key={`${framework.code}-levels`}
                frameworkCode={framework.code}
                domainCode={null}
                title={t('spbe.levelsTitle')}
                levels={framework.maturityLevels}
              />
              {framework.domains.flatMap((domain) =>
                domain.maturityLevels
                  ? [
                      <LevelNamesForm
                        key={`${framework.code}-${domain.code}`}
                        frameworkCode={framework.code}
                        domainCode={domain.code}
                        title={t('spbe.domainLevelsTitle', { name: domain.name })}
                        levels={domain.maturityLevels}
                      />,
                    ]
                  : [],
              )}
            </section>
          ) : null}
          {framework.domains.length > 0 ? (
            <section aria-labelledby="spbe-domains">
              <h2 id="spbe-domains">{t('spbe.domainsTitle')}</h2>
              {framework.domains.map((domain) => (
                <section key={domain.code} aria-labelledby={`domain-${domain.code}`} className="domain">
                  <h3 id={`domain-${domain.code}`}>{t('spbe.domainHeading', { number: domain.number, name: domain.name })}</h3>
                  <p className="muted">{t('spbe.weightOfIndex', { weight: percent(domain.weightBp) })}</p>
                  {domain.aspects.flatMap((ref) => {
                    const aspect = aspectsByCode.get(ref.code);
                    return aspect ? [aspectSection(aspect, 'h4')] : [];
                  })}
                </section>
              ))}
            </section>
          ) : (
            <section aria-labelledby="spbe-aspects">
              <h2 id="spbe-aspects">{t('spbe.aspectsTitle')}</h2>
              {framework.aspects.length === 0 ? <EmptyState>{t('spbe.empty')}</EmptyState> : null}
              {framework.aspects.map((aspect) => aspectSection(aspect, 'h3'))}
            </section>
          )}
        </>
      ) : null}
    </>
  );
}

function LevelsTable({ id, title, levels }: { id: string; title: string; levels: readonly Level[] }) {
  const { t } = useTranslation('spbe');
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('spbe.level')}</th>
              <th scope="col">{t('spbe.levelName')}</th>
              <th scope="col" lang="en">
                {t('spbe.levelNameEn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {levels.map((level) => (
              <tr key={level.level}>
                <td>{level.level}</td>
                <td>{level.name}</td>
                <td lang="en">{level.nameEn ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
