/** What other features and the app may use from assessments. */
export { RecordPublishedSpbeScoreMutation, RegionSpbeQuery, SetSpbeTargetMutation } from './api/operations';
export { ProvinceTargetForm } from './components/ProvinceTargetForm';
export { RegionSpbePage, type SpbeRegion } from './routes/RegionSpbePage';
