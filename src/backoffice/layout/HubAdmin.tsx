/**
 * react-admin's <Admin>, minus what we never show. <Admin> bundles its own login page (with
 * react-hook-form), its default layout and an English i18n provider as default props. This is
 * the same composition (AdminContext + CoreAdminUI + notifications) with our pages only; the
 * login page is the app's own route (App.tsx), where react-admin's redirects to /login land.
 */
import type { ComponentProps } from 'react';
import {
  AdminContext,
  AuthenticationError,
  CoreAdminUI,
  Error as ErrorPage,
  LoadingPage,
  NotFound,
  Notification,
} from 'react-admin';
import { LoadingIndicatorNames } from '../../core/ui/LoadingIndicatorNames';
import { HubLayout } from './HubLayout';

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
      {/* react-admin's theme replaces the app's: the indicators get their names again. */}
      <LoadingIndicatorNames>
        <CoreAdminUI
          authenticationError={AuthenticationError}
          catchAll={CatchAll}
          error={ErrorPage}
          loading={LoadingPage}
          loginPage={false}
          {...ui}
          layout={HubLayout}
        >
          {children}
        </CoreAdminUI>
        <Notification />
      </LoadingIndicatorNames>
    </AdminContext>
  );
}
