/** What the app and other features may use from spbe: the framework picker, value labels and a region's history per framework. */
export { RegionIndexHistoryQuery, SpbeFrameworksQuery } from './api/operations';
export { FrameworkPicker } from './components/FrameworkPicker';
export { currentFramework, currentYearInWib, frameworkShortName } from './components/frameworks';
export { RegionIndexHistory } from './components/RegionIndexHistory';
export { type ValueKind, ValueKindLabel } from './components/ValueKindLabel';
