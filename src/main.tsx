/**
 * Renders the app at once. In demo mode the mock worker starts alongside (its code is a dynamic
 * import, never bundled into the first chunk) and the API layer holds requests until it is ready,
 * so the login form does not wait for the mock code and seed it does not need.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import contacts from './contacts';
import { preloadHubLayout } from './layout/HubAdmin';
import { preloadPortal } from './portal/PortalRoutes';
import { startDemo } from './demo/demoData';
import { isDemoMode } from './providers/apiUrl';
import { holdRequestsUntil } from './providers/httpClient';
import { preloadLocale, storedLocale } from './providers/i18nProvider';

performance.mark('app:entry');
if (isDemoMode) holdRequestsUntil(startDemo());

// Layout and pages are lazy chunks, requested when rendered, i.e. after the auth checks. For the
// page the app opens on, fetch them now, alongside those checks.
if (window.location.hash.startsWith('#/portal')) preloadPortal();
if (window.location.hash.startsWith('#/contacts')) {
  preloadHubLayout();
  void contacts.list.preload();
}

function render() {
  performance.mark('app:render');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Dutch is in this chunk (no wait); English, if chosen before, is fetched first. Should that
// fail, the app starts in Dutch rather than not at all.
preloadLocale(storedLocale()).catch(() => undefined).then(render);
