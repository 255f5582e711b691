import { CacheProvider } from '@emotion/react';
import { Box, CircularProgress, CssBaseline } from '@mui/material';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createHashRouter, matchPath, RouterProvider, type RouteObject } from 'react-router';
import { authRoutes } from '../customer/authRoutes';
import { keepEnrolling } from '../customer/sessionGuards';
import { AppErrorBoundary } from './AppErrorBoundary';
import { hubTheme } from './theme';
import { portalRoutes } from '../customer/portal/portalRoutes';
import { previewRoutes } from '../customer/preview/previewRoutes';
import { backOfficeCatalogue } from '../backoffice/i18n';
import type { HubI18nProvider } from '../core/i18n/i18nProvider';
import { BackOfficeSlotsProvider, noPlugin, PluginProvider, type HubPlugin } from '../core/plugins';
import { createAppI18nProvider } from './i18n';
import { createQueryClient } from '../core/api/createQueryClient';
import { endSessionIfUnauthorized } from '../core/session/endSession';
import { LocaleProvider } from '../core/i18n/LocaleProvider';
import { RoleHome } from './RoleHome';
import { RootLayout } from './RootLayout';
import { UnknownPath } from './UnknownPath';
import { lazyNamed } from '../core/ui/lazyNamed';
import { emotionCache } from '../core/ui/emotionCache';
import { LoadingIndicatorNames } from '../core/ui/LoadingIndicatorNames';

const theme = createTheme(hubTheme);

// The contacts list's chunk is fetched alongside the back office's, not after react-admin mounts
// (docs/performance.md, Run of 2026-12-02 (after the customer pages left react-admin)).
function preloadContactList(): void {
  if (matchPath('/contacts', window.location.hash.slice(1).split('?')[0])) {
    void import('../backoffice/contacts').then(({ default: contacts }) => contacts.list.preload(), () => undefined);
  }
}

async function loadBackOffice(i18nProvider: HubI18nProvider, plugin: HubPlugin) {
  preloadContactList();
  const [{ BackOffice }, slots = {}] = await Promise.all([
    import('../backoffice/BackOffice'),
    plugin.backOffice?.(),
    i18nProvider.addCatalogue(backOfficeCatalogue),
  ]);
  return {
    BackOfficeSection: () => (
      <BackOfficeSlotsProvider value={slots}>
        <BackOffice theme={hubTheme} />
      </BackOfficeSlotsProvider>
    ),
  };
}

// CircularProgress is already in the first chunk through MUI's Button
// (docs/performance.md, Where the customer pages' bytes go, and the floor).
const loadingPage = (
  <Box sx={{ display: 'flex', justifyContent: 'center', pt: 10 }}>
    <CircularProgress />
  </Box>
);

function routes(queryClient: QueryClient, i18nProvider: HubI18nProvider, plugin: HubPlugin): RouteObject[] {
  // Loaded only for staff (and not for a customer's unknown URL): react-admin stays out of the portal.
  const BackOffice = lazyNamed(() => loadBackOffice(i18nProvider, plugin), 'BackOfficeSection');
  return [
    {
      element: <RootLayout />,
      hydrateFallbackElement: loadingPage,
      children: [
        // Staff who must add a second factor see nothing of the back office first.
        { path: '/', middleware: [keepEnrolling], element: <RoleHome /> },
        ...authRoutes,
        portalRoutes(queryClient),
        previewRoutes,
        ...(plugin.routes ?? []),
        { path: '*', middleware: [keepEnrolling], element: <UnknownPath BackOffice={BackOffice} fallback={loadingPage} /> },
      ],
    },
  ];
}

export function createApp(plugin: HubPlugin = noPlugin) {
  const queryClient = createQueryClient((error) => {
    // A loader fails while the router is on its way there: that page is the one to return to.
    const { pathname, search } = router.state.navigation.location ?? router.state.location;
    void endSessionIfUnauthorized(error, queryClient, (to, options) => router.navigate(to, options), { pathname, search });
  });
  const i18nProvider = createAppI18nProvider(plugin);
  const router = createHashRouter(routes(queryClient, i18nProvider, plugin));
  return { queryClient, router, i18nProvider, plugin };
}

export type AppState = ReturnType<typeof createApp>;

export function App({ queryClient, router, i18nProvider, plugin }: AppState) {
  return (
    // The CSP nonce on every style element emotion adds.
    <CacheProvider value={emotionCache}>
      <QueryClientProvider client={queryClient}>
        <LocaleProvider i18nProvider={i18nProvider}>
          <PluginProvider value={plugin}>
          <ThemeProvider theme={theme}>
            <LoadingIndicatorNames>
              <CssBaseline enableColorScheme />
              <AppErrorBoundary>
                {/* No startTransition: the logout's resets kept interrupting the transition to /login (react-admin #10885). */}
                <RouterProvider router={router} useTransitions={false} />
              </AppErrorBoundary>
            </LoadingIndicatorNames>
          </ThemeProvider>
          </PluginProvider>
        </LocaleProvider>
      </QueryClientProvider>
    </CacheProvider>
  );
}
