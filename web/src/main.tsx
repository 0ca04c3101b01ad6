// Before any schema is built (shared/ builds them when it loads): no `new Function` under the CSP.
import './lib/zod-jitless';
// Tokens, base and layout first: the features' own stylesheets load after them, with their pages.
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import { i18n } from './i18n/i18n';

document.documentElement.lang = i18n.language;

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const container = root;
// The shell's texts in the current language first (at once in Bahasa Indonesia, fetched in English): no raw keys.
void i18n.loadNamespaces(['common', 'regions']).then(() =>
  createRoot(container).render(
    <StrictMode>
      <App client={createApolloClient()} />
    </StrictMode>,
  ),
);

// The service worker (offline app shell and lessons) once the page has loaded: not part of the first load.
window.addEventListener(
  'load',
  () => void import('./lib/offline/register-service-worker').then((worker) => worker.registerServiceWorker()).catch(() => undefined),
  { once: true },
);
