/** What other features may use from learning: the module page's learning panel. */
export { ModuleLearningPanel } from './components/ModuleLearningPanel';
