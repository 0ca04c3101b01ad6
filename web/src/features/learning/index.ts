/** What other features and the app may use from learning: the module page's panel and the home page's cards. */
export { LearnerHomeCards } from './components/LearnerHomeCards';
export { ModuleLearningPanel } from './components/ModuleLearningPanel';
