/**
 * The yardstick of the back office: a bare react-admin app, one resource, a list of 100 rows per
 * page in react-admin's DataTable (as the Hub's), read from the same mock API over HTTP as the
 * Hub (ra-data-simple-rest, the Hub's own back-office provider). The Hub is measured against
 * this floor, so keep it bare.
 * It has no login: the bench puts a staff token in localStorage before the page loads.
 */
import { CacheProvider } from '@emotion/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Admin, DataTable, fetchUtils, List, Resource } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { emotionNonceCache } from '../limit/emotionNonce';
import { BASELINE_TOKEN_KEY } from './storedToken';

const httpClient = (url: string, options: fetchUtils.Options = {}) =>
  fetchUtils.fetchJson(url, { ...options, user: { authenticated: true, token: `Bearer ${localStorage.getItem(BASELINE_TOKEN_KEY)}` } });

// The API's contacts live at /contact/contacts: with /contact as the base, the resource is "contacts".
const dataProvider = simpleRestProvider(`${import.meta.env.VITE_API_URL}/contact`, httpClient);

// Explicit columns, not ListGuesser: it guesses a reference to an "organizations" resource this app lacks.
function ContactList() {
  return (
    <List perPage={100}>
      <DataTable>
        <DataTable.Col source="id" />
        <DataTable.Col source="firstName" />
        <DataTable.Col source="lastName" />
        <DataTable.Col source="email" />
        <DataTable.Col source="city" />
        <DataTable.Col source="createdAt" />
      </DataTable>
    </List>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CacheProvider value={emotionNonceCache}>
      <Admin dataProvider={dataProvider} disableTelemetry>
        <Resource name="contacts" list={ContactList} />
      </Admin>
    </CacheProvider>
  </StrictMode>,
);
