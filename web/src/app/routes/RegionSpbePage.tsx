import { RegionSpbePage as RegionSpbeView } from '../../features/assessments';
import { RegionDashboardSection } from '../../features/dashboards';

/** /spbe/wilayah/:regionCode — the region's SPBE position (assessments), then its learning dashboard (dashboards). */
export default function RegionSpbePage() {
  return <RegionSpbeView after={(region) => <RegionDashboardSection region={region} />} />;
}
