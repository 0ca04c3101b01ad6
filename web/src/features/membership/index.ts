export { RegionMoveSection } from './components/RegionMoveSection';
