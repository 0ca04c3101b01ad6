import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../../components/SectionTabs';
import { todayInWib } from '../../../lib/dates';
import { useCan } from '../../../lib/use-can';

/** The pages of one region's SPBE: overview, self-assessment (coordinators) and simulator. */
export function SpbeTabs({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation('assessments');
  const can = useCan();
  const year = todayInWib().slice(0, 4);
  const base = `/spbe/wilayah/${regionCode}`;
  const links = [{ to: base, text: t('tabs.overview') }];
  if (can('coordinateRegions')) links.push({ to: `${base}/penilaian/${year}`, text: t('tabs.assessment', { year }) });
  // The Pemdi evaluation (2026 on): the region's users see its indices, its team the rest.
  const pemdiYear = Math.max(Number(year), 2026);
  links.push({ to: `${base}/pemdi/${pemdiYear}`, text: t('tabs.pemdi', { year: pemdiYear }) });
  links.push({ to: `${base}/simulasi`, text: t('tabs.simulator') });
  return <SectionTabs label={t('tabs.label')} links={links} />;
}
