/**
 * The whole app: <Admin> with the three providers, the back-office resources and the portal's
 * custom routes (own layout, customers only). Providers that hold state (i18n, store) are made
 * per mount, so every test render starts from what localStorage says.
 */
import { CacheProvider } from '@emotion/react';
import { useState } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { CustomRoutes, localStorageStore, Resource } from 'react-admin';
import { HashRouter, Route } from 'react-router';
import audit from './audit';
import { authRoutes } from './auth/authRoutes';
import { LoginPage } from './auth/LoginPage';
import contacts from './contacts';
import { AccessDenied } from './layout/AccessDenied';
import { AppErrorBoundary } from './layout/AppErrorBoundary';
import { HubAdmin } from './layout/HubAdmin';
import { RoleHome } from './layout/RoleHome';
import { hubTheme } from './layout/theme';
import { outboxRoutes } from './outbox/outboxRoutes';
import { portalRoutes } from './portal/PortalRoutes';
import { previewRoutes } from './preview/previewRoutes';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { createI18nProvider } from './providers/i18nProvider';
import { emotionCache } from './ui/emotionCache';

/** react-admin's UI state (list filters, sort, ...); the portal prefixes its keys with `portal.`. */
const STORE_APP_KEY = 'hub';

/** `queryClient`: one that already holds (or fetches) the first page's data; tests leave it out. */
export function App({ queryClient: startQueryClient }: { queryClient?: QueryClient }) {
  const [queryClient] = useState(() => startQueryClient ?? new QueryClient());
  const [i18nProvider] = useState(() => createI18nProvider());
  const [store] = useState(() => localStorageStore(undefined, STORE_APP_KEY));
  return (
    // The CSP nonce on every style element emotion adds (see emotionCache.ts).
    <CacheProvider value={emotionCache}>
      <AppErrorBoundary i18nProvider={i18nProvider}>
        {/* Navigations without startTransition: react-admin's logout redirect is followed by store
            and cache resets, urgent updates that kept interrupting the transition to /login, so the
            URL changed but the page never did (react-admin issue #10885). */}
        <HashRouter useTransitions={false}>
          <HubAdmin
            title="Hub Portal"
            dataProvider={dataProvider}
            authProvider={authProvider}
            i18nProvider={i18nProvider}
            store={store}
            queryClient={queryClient}
            theme={hubTheme}
            loginPage={LoginPage}
            accessDenied={AccessDenied}
            requireAuth
            disableTelemetry
          >
            <Resource name="contacts" {...contacts} />
            <Resource name="organizations" recordRepresentation="name" />
            <Resource name="accounts" />
            <Resource name="audit" {...audit} />
            <CustomRoutes noLayout>
              <Route path="/" element={<RoleHome />} />
              {portalRoutes}
              {authRoutes}
              {outboxRoutes}
              {previewRoutes}
            </CustomRoutes>
          </HubAdmin>
        </HashRouter>
      </AppErrorBoundary>
    </CacheProvider>
  );
}
