// The discussions feature's public API: questions and answers under lessons and playbook steps.

export { type DiscussionsLoaderSet, DiscussionsLoaders } from './discussions.loaders';
export { DiscussionsModule } from './discussions.module';
