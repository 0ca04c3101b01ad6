/** What the app may use from dashboards: the learning dashboard below a region's SPBE page, the coordinator's home section. */
export { CoordinatorHomeQuery, RegionDashboardQuery } from './api/operations';
export { CoordinatorHomeSection } from './components/CoordinatorHomeSection';
export { RegionDashboardSection } from './components/RegionDashboardSection';
