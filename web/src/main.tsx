// Before any schema is built (shared/ builds them when it loads): no `new Function` under the CSP.
import './lib/zod-jitless';
// Tokens, base and layout first: the features' own stylesheets load after them, with their pages.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import { preloadRoute } from './app/routes/AppRoutes';
import { i18n } from './i18n/i18n';
import { prepareNumberFormat } from './lib/dates';

document.documentElement.lang = i18n.language;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const container = root;
// The page of this address (its chunk and texts) starts loading now, side by side with the shell's texts and `me`.
preloadRoute(window.location.pathname);
// The shell's texts in the current language first (at once in Bahasa Indonesia, fetched in English): no raw keys.
void i18n.loadNamespaces(['common', 'regions']).then(() => {
  createRoot(container).render(
    <StrictMode>
      <App client={createApolloClient()} />
    </StrictMode>,
  );
  // The browser's number formatting data while the page waits for its data, not in the render of its figures.
  const whenIdle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback : window.setTimeout;
  whenIdle(() => prepareNumberFormat(i18n.language));
});

// The service worker (offline app shell and lessons) once the page has loaded: not part of the first load.
window.addEventListener(
  'load',
  () => void import('./lib/offline/register-service-worker').then((worker) => worker.registerServiceWorker()).catch(() => undefined),
  { once: true },
);
