/** <Admin> without its bundled login page, layout and English i18n: the same composition, our pages only. */
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
