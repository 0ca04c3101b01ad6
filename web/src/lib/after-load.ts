/** How long after the page's load event background work waits, so the first page's own requests and rendering go first. */
export const AFTER_LOAD_DELAY_MS = 3000;

/**
 * Runs `task` once the page has loaded, AFTER_LOAD_DELAY_MS have passed and the browser is idle (at most
 * a second more): for work the page does not show, such as keeping lessons for offline use, which would
 * otherwise compete with the first page for the network and the main thread (issue 13). Returns a cancel.
 */
export function afterLoad(task: () => void, delayMs = AFTER_LOAD_DELAY_MS): () => void {
  let cancelled = false;
  let timer: number | undefined;
  let idle: number | undefined;
  const run = () => {
    if (!cancelled) task();
  };
  const wait = () => {
    timer = window.setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(run, { timeout: 1000 });
      else run();
    }, delayMs);
  };
  if (document.readyState === 'complete') wait();
  else window.addEventListener('load', wait, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', wait);
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
