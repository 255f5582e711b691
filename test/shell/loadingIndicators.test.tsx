/** Loading indicators have a name in the chosen language: a screen reader says what is going on. */
import { screen, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { server } from '../../mocks/node';
import { loginAs, renderApp } from '../kit/render';
import { apiUrl } from '../kit/requests';

/** The contacts list answers only once the test has seen the page loading. */
function holdContacts() {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get(apiUrl(apiPaths.contacts), async () => {
      await released;
      await delay(0);
      return undefined;
    }),
  );
  return release;
}

it.each([
  ['nl', 'Laden…'],
  ['en', 'Loading…'],
] as const)('names the back office\'s loading indicator in %s', async (locale, name) => {
  const release = holdContacts();
  await loginAs('beheerder@hub.example');
  renderApp('/contacts', { locale });
  // The back office's own indicator, in its app bar: not the bar shown while its chunk loads.
  const backOffice = within(await screen.findByRole('banner', {}, { timeout: 10_000 }));
  expect(await backOffice.findByRole('progressbar', { name }, { timeout: 10_000 })).toBeInTheDocument();
  release();
  expect(await screen.findByRole('table', {}, { timeout: 10_000 })).toBeInTheDocument();
});
