/**
 * react-admin's <Admin>, minus what we never show. <Admin> bundles its own login page (with
 * react-hook-form), its default layout and an English i18n provider as default props, so every
 * visitor downloaded them before the login form. This is the same composition (AdminContext +
 * CoreAdminUI + CssBaseline + notifications) with our pages only; the back-office layout is a
 * lazily loaded chunk, so the login page and the portal never load it.
 */
import { CssBaseline } from '@mui/material';
import { Suspense, type ComponentProps, type ReactNode } from 'react';
import {
  AdminContext,
  AuthenticationError,
  CoreAdminUI,
  Error as ErrorPage,
  Loading,
  LoadingPage,
  NotFound,
  Notification,
} from 'react-admin';
import { SessionEndedElsewhere } from '../auth/SessionEndedElsewhere';
import { lazyNamed } from '../ui/lazyNamed';
import { LoadingIndicatorNames } from '../ui/LoadingIndicatorNames';

const HubLayout = lazyNamed(() => import('./HubLayout'), 'HubLayout');

/** Fetches the back-office layout at once: for an app opened on a back-office URL. */
export function preloadHubLayout(): Promise<unknown> {
  return HubLayout.preload();
}

function LazyHubLayout({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Loading />}>
      <HubLayout>{children}</HubLayout>
    </Suspense>
  );
}

/** react-admin's default "not found" page; CoreAdminUI's prop wants a component without props. */
function CatchAll() {
  return <NotFound />;
}

type HubAdminProps = ComponentProps<typeof AdminContext> &
  Omit<ComponentProps<typeof CoreAdminUI>, 'layout'>;

export function HubAdmin({ authProvider, dataProvider, i18nProvider, queryClient, store, theme, children, ...ui }: HubAdminProps) {
  return (
    <AdminContext
      authProvider={authProvider}
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      queryClient={queryClient}
      store={store}
      theme={theme}
    >
      <LoadingIndicatorNames>
        <CssBaseline enableColorScheme>
          <CoreAdminUI
            authenticationError={AuthenticationError}
            catchAll={CatchAll}
            error={ErrorPage}
            loading={LoadingPage}
            {...ui}
            layout={LazyHubLayout}
          >
            {children}
          </CoreAdminUI>
          <Notification />
          <SessionEndedElsewhere />
        </CssBaseline>
      </LoadingIndicatorNames>
    </AdminContext>
  );
}
