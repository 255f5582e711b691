/** react-admin for staff, a lazy chunk on the app's providers and one query cache: one logout clears it all. */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { localStorageStore, Resource, type RaThemeOptions } from 'react-admin';
import audit from './audit';
import contacts from './contacts';
import { authProvider } from '../core/session/authProvider';
import { dataProvider } from './dataProvider';
import { useLocalisedI18nProvider } from '../core/i18n/LocaleProvider';
import { AccessDenied } from '../core/ui/AccessDenied';
import { HubAdmin } from './layout/HubAdmin';

const STORE_APP_KEY = 'hub';

/** Refetched on every visit so a colleague's change shows, as with react-admin's own client. */
const BACK_OFFICE_KEYS = ['contacts', 'organizations', 'accounts', 'audit', 'bulkAccounts'];

export function BackOffice({ theme }: { theme: RaThemeOptions }) {
  const i18nProvider = useLocalisedI18nProvider();
  const queryClient = useQueryClient();
  useState(() => {
    for (const key of BACK_OFFICE_KEYS) queryClient.setQueryDefaults([key], { staleTime: 0, retryOnMount: true });
  });
  const [store] = useState(() => {
    const made = localStorageStore(undefined, STORE_APP_KEY);
    // The language is the app's (LocaleProvider), not a 'locale' in react-admin's store.
    made.removeItem('locale');
    return made;
  });
  return (
    <HubAdmin
      title="Hub Portal"
      dataProvider={dataProvider}
      authProvider={authProvider}
      queryClient={queryClient}
      i18nProvider={i18nProvider}
      store={store}
      theme={theme}
      accessDenied={AccessDenied}
      requireAuth
      disableTelemetry
    >
      <Resource name="contacts" {...contacts} />
      <Resource name="organizations" recordRepresentation="name" />
      <Resource name="accounts" />
      <Resource name="audit" {...audit} />
    </HubAdmin>
  );
}
