/**
 * The yardstick of `npm run bench`: a bare react-admin app (one resource, a guessed list over
 * 100 in-memory records). Hub Portal is measured against this floor, so keep it bare.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Admin, ListGuesser, Resource } from 'react-admin';
import fakeRestProvider from 'ra-data-fakerest';
import { baselineContacts } from './contacts';

const dataProvider = fakeRestProvider({ contacts: baselineContacts(100) });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Admin dataProvider={dataProvider}>
      <Resource name="contacts" list={ListGuesser} />
    </Admin>
  </StrictMode>,
);
