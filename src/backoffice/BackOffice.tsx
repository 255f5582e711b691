/**
 * The back office: react-admin with the staff's resources, a lazy chunk that only staff URLs
 * load (App.tsx). It shares the data and auth providers and the app's one query cache, so one
 * logout clears one cache; react-admin keeps its own store of UI state.
 */
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

/** react-admin's UI state (list filters, sort, ...). */
const STORE_APP_KEY = 'hub';

/** The staff's records: what a colleague changed shows on the next visit, as with react-admin's own client. */
const BACK_OFFICE_KEYS = ['contacts', 'organizations', 'accounts', 'audit', 'bulkAccounts'];

/** `theme`: the app's, which the app shell hands in. */
export function BackOffice({ theme }: { theme: RaThemeOptions }) {
  // The app's one provider, anew per locale: react-admin's pages translate again through it.
  const i18nProvider = useLocalisedI18nProvider();
  const queryClient = useQueryClient();
  useState(() => {
    for (const key of BACK_OFFICE_KEYS) queryClient.setQueryDefaults([key], { staleTime: 0, retryOnMount: true });
  });
  const [store] = useState(() => {
    const made = localStorageStore(undefined, STORE_APP_KEY);
    // The language is the app's (LocaleProvider): react-admin would switch to a 'locale' in its store.
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
