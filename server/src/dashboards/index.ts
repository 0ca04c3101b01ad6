// The dashboards feature's public API: province and region figures (kept by triggers in
// region_stats / region_monthly_stats) and their CSV export.

export { CoordinatorHome, CoordinatorRegionSummary } from './coordinator-home.models';
export { Benchmark, MonthlyPoint, ProvinceOverview, RegionDashboard, RegionOverviewRow } from './dashboard.models';
export { DashboardService } from './dashboard.service';
export { DashboardsModule } from './dashboards.module';
