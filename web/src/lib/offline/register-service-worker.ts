/**
 * Registers the service worker (src/sw.ts, built to /sw.js) once the page has loaded: main.tsx imports
 * this module dynamically, so none of it is in the first load. A new version of the app installs in
 * the background and waits; the status region announces it, and it is applied on the learner's next
 * navigation (applyUpdateOnNavigation, called by the status region on each route change), never on a
 * quiz page: a quiz in progress keeps the version it started with.
 */
import { offlineState } from './offline-state';

let waiting: ServiceWorker | null = null;

/** A quiz page (/belajar/:itemId/kuis/:quizId): the app never reloads itself there. */
export function isQuizPath(pathname: string): boolean {
  return /^\/belajar\/[^/]+\/kuis\/[^/]+\/?$/.test(pathname);
}

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  const hadController = navigator.serviceWorker.controller !== null;
  const found = (worker: ServiceWorker | null) => {
    // The first install (no page was controlled yet) is not an update: nothing to announce.
    if (!worker || !hadController) return;
    waiting = worker;
    offlineState.setUpdateReady(true);
  };
  if (registration.waiting) found(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') found(registration.waiting ?? installing);
    });
  });
  // Look for a new version now and then (an installed app may stay open for days).
  window.setInterval(() => void registration.update().catch(() => undefined), 60 * 60 * 1000);
}

/** On a route change: a waiting version takes over and the page loads again at the new address. */
export function applyUpdateOnNavigation(pathname: string): void {
  if (!waiting || isQuizPath(pathname)) return;
  const worker = waiting;
  waiting = null;
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  worker.postMessage({ type: 'SKIP_WAITING' });
}
