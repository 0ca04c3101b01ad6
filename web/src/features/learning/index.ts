/** What other features and the app may use from learning: the module page's panel and the home page's cards. */
import type { ApolloClient } from '@apollo/client';

export { LearnerHomeCards } from './components/LearnerHomeCards';
export { ModuleLearningPanel } from './components/ModuleLearningPanel';

/**
 * Lessons offline (issue 13): keeps the followed modules' lessons on this device and sends the completions
 * queued offline, now and when the connection returns. Loaded on demand, so the shell's first load stays small.
 */
export function startLearningSync(client: ApolloClient, userId: string): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void import('./offline/learning-sync').then((sync) => {
    if (!stopped) stop = sync.startLearningSync(client, userId);
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
