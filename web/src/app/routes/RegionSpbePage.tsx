import { useState } from 'react';
import { RegionSpbePage as RegionSpbeView } from '../../features/assessments';
import { RegionDashboardSection } from '../../features/dashboards';
import { FrameworkPicker, RegionIndexHistory } from '../../features/spbe';

/**
 * /spbe/wilayah/:regionCode — the region's position (assessments), its index history with one series
 * per framework (SPBE history beside the Pemdi present), then its learning dashboard on the framework
 * picked (the current one by default).
 */
export default function RegionSpbePage() {
  const [frameworkCode, setFrameworkCode] = useState<string | null>(null);
  return (
    <RegionSpbeView
      after={(region) => (
        <>
          <RegionIndexHistory regionCode={region.code} />
          <FrameworkPicker value={frameworkCode} onChange={setFrameworkCode} />
          <RegionDashboardSection region={region} frameworkCode={frameworkCode} />
        </>
      )}
    />
  );
}
