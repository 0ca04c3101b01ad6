import { useTranslation } from 'react-i18next';
import { SectionTabs } from '../../../components/SectionTabs';
import { useAuth } from '../../../lib/auth';
import { todayInWib } from '../../../lib/dates';
import { canCoordinate } from './access';

/** The pages of one region's SPBE: overview, self-assessment (coordinators) and simulator. */
export function SpbeTabs({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const { user } = useAuth();
  const year = todayInWib().slice(0, 4);
  const base = `/spbe/wilayah/${regionCode}`;
  const links = [{ to: base, text: t('spbeProgress.tabs.overview') }];
  if (canCoordinate(user)) links.push({ to: `${base}/penilaian/${year}`, text: t('spbeProgress.tabs.assessment', { year }) });
  links.push({ to: `${base}/simulasi`, text: t('spbeProgress.tabs.simulator') });
  return <SectionTabs label={t('spbeProgress.tabs.label')} links={links} />;
}
