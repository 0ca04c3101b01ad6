/** What the app may use from dashboards: the learning dashboard below a region's SPBE page. */
export { RegionDashboardQuery } from './api/operations';
export { RegionDashboardSection } from './components/RegionDashboardSection';
