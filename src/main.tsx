/**
 * Starts the app. In demo mode the mock worker starts alongside (its code is a dynamic import,
 * never bundled into the first chunk) and the API layer holds requests until it is ready, so the
 * login form does not wait for the mock code and seed it does not need.
 */
import { StrictMode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import contacts from './contacts';
import { preloadHubLayout } from './layout/HubAdmin';
import { prefetchPortalData } from './portal/prefetchPortalData';
import { preloadPortal } from './portal/PortalRoutes';
import { dataProvider } from './providers/dataProvider';
import { startDemo } from './demo/demoData';
import { isDemoMode } from './providers/apiUrl';
import { holdRequestsUntil } from './providers/httpClient';
import { prefillAuthQueries } from './providers/prefillAuthQueries';
import { preloadLocale, storedLocale } from './providers/i18nProvider';

performance.mark('app:entry');
/** How long a portal page, its code in, may wait for its data before it renders without. */
const FIRST_DATA_WAIT_MS = 300;

function ignoreFailure() {
  return undefined;
}

/** Settles when `promise` does, or after `ms`, whichever comes first. */
function settledOrAfter(promise: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([promise.catch(ignoreFailure), new Promise((resolve) => setTimeout(resolve, ms))]);
}

const demo = isDemoMode ? startDemo() : undefined;
if (demo) holdRequestsUntil(demo.ready);

// Layout and pages are lazy chunks, requested when rendered, i.e. after the auth checks. For the
// page the app opens on, fetch them now, alongside those checks (on a portal page its data too),
// and render once they are in: the page then never shows a loading fallback for its own code.
// These pages show API data at once: in the demo, the mock API's code runs first too, so that its
// start-up (seed, service-worker handshake) runs alongside the rest of the start, not after it.
// react-admin's auth answers for a stored session go into the cache first (prefillAuthQueries).
const queryClient = new QueryClient();
const { hash } = window.location;
const mockApiRunning = demo?.running ?? Promise.resolve();
const authAnswers = prefillAuthQueries(queryClient);
let firstPage: Promise<unknown> = authAnswers;
if (hash.startsWith('#/portal')) {
  const data = prefetchPortalData(queryClient, dataProvider, hash);
  // A portal page drawn once, with its data, not as a skeleton first: on a slow phone that was
  // about a sixth sooner to the first contracts. An answer that takes longer than
  // FIRST_DATA_WAIT_MS after the code is in gets the skeleton after all.
  firstPage = Promise.all([preloadPortal(), mockApiRunning, authAnswers]).then(() => settledOrAfter(data, FIRST_DATA_WAIT_MS));
} else if (hash.startsWith('#/contacts')) {
  firstPage = Promise.all([preloadHubLayout(), contacts.list.preload(), mockApiRunning, authAnswers]);
}

function render() {
  performance.mark('app:render');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}

// Dutch is in this chunk (no wait); English, if chosen before, is fetched first. Should that
// fail, the app starts in Dutch rather than not at all; should a chunk fail, its page says so
// (and should the mock API fail, the requests that wait for it).
void Promise.all([preloadLocale(storedLocale()).catch(ignoreFailure), firstPage.catch(ignoreFailure)]).then(render);
