/** A back-office page opened directly shows its skeleton, named, until its first data arrive. */
import { screen, within } from '@testing-library/react';
import { delay, http } from 'msw';
import { apiPaths, withParams } from '../../core/api/paths';
import { server } from '../../../mocks/node';
import { JAN } from '../../../test/kit/people';
import { loginAs, renderApp } from '../../../test/kit/render';
import { apiUrl } from '../../../test/kit/requests';

vi.setConfig({ testTimeout: 45_000 });

/** The API answers `path` only once the test has seen the page waiting for it. */
function hold(path: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http.get(apiUrl(path), async () => {
      await released;
      await delay(0);
      return undefined;
    }),
  );
  return release;
}

it.each([
  ['nl', 'Laden', 'Contacten'],
  ['en', 'Loading', 'Contacts'],
] as const)('shows the contacts list as a skeleton under its title while it loads, in %s', async (locale, loading, title) => {
  const release = hold(apiPaths.contacts);
  await loginAs('beheerder@hub.example');
  renderApp('/contacts', { locale });
  const skeleton = await screen.findByRole('status', { name: loading }, { timeout: 10_000 });
  expect(skeleton.querySelectorAll('.MuiSkeleton-root').length).toBeGreaterThan(5);
  expect(within(screen.getByRole('banner')).getByRole('heading', { level: 1 })).toHaveTextContent(title);
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
  release();
  expect(await screen.findByRole('table', {}, { timeout: 10_000 })).toBeInTheDocument();
  expect(screen.queryByRole('status', { name: loading })).not.toBeInTheDocument();
});

it("shows a contact's page as a skeleton while it loads", async () => {
  const release = hold(withParams(apiPaths.contact, { id: JAN.contactId }));
  await loginAs('beheerder@hub.example');
  renderApp(`/contacts/${JAN.contactId}/show`);
  expect(await screen.findByRole('status', { name: 'Laden' }, { timeout: 10_000 })).toBeInTheDocument();
  release();
  expect(await screen.findByRole('heading', { name: JAN.name }, { timeout: 10_000 })).toBeInTheDocument();
  expect(screen.queryByRole('status', { name: 'Laden' })).not.toBeInTheDocument();
});
