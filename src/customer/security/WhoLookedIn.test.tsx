/** "Wie keek mee": who of the staff looked at the customer's portal, when and how long; never in a preview. */
import { screen, within } from '@testing-library/react';
import { KLANT_CONTACT_IDS } from '../../../mocks/db';
import { call, tokenFor } from '../../../test/kit/api';
import { accountIdOf } from '../../../test/kit/account';
import { KLANT, KLANT_WITHOUT_CONTRACTS } from '../../../test/kit/people';
import { apiUrl, countRequests } from '../../../test/kit/requests';
import { loginAs, renderApp } from '../../../test/kit/render';
import { apiPaths, withParams } from '../../core/api/paths';

afterEach(() => sessionStorage.clear());

async function previewsSection(username: string, locale?: 'en') {
  await loginAs(username);
  renderApp('/portal/security', { locale });
  return screen.findByRole('region', { name: locale ? 'Who looked in' : 'Wie keek mee' });
}

/** A colleague's "Bekijk als klant" of the demo customer's portal, left after a while by logging out. */
async function previewBy(staff: string) {
  const token = await tokenFor(staff);
  const id = accountIdOf(KLANT_CONTACT_IDS[1]);
  expect((await call('post', apiPaths.accountPreview, withParams(apiPaths.accountPreview, { id }), { token })).status).toBe(200);
  expect((await call('post', apiPaths.logout, apiPaths.logout, { token })).status).toBe(204);
}

test('the seeded preview: the staff member, their organisation, when and how long', async () => {
  const section = await previewsSection(KLANT);
  const items = within(within(section).getByRole('list')).getAllByRole('listitem');
  expect(items).toHaveLength(1);
  expect(within(items[0]).getByText('Marloes van Dijk, De Vaart Verzekeringen B.V.')).toBeInTheDocument();
  expect(items[0]).toHaveTextContent(/\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2} · 6 minuten$/);
});

test('a new preview by another organisation\'s Beheerder comes first, with its own organisation', async () => {
  await previewBy('beheerder2@hub.example');
  const section = await previewsSection(KLANT);
  const items = within(within(section).getByRole('list')).getAllByRole('listitem');
  expect(items).toHaveLength(2);
  expect(within(items[0]).getByText(/^Erik van den Berg, /)).toBeInTheDocument();
  expect(items[0]).toHaveTextContent('minder dan een minuut');
  expect(within(items[1]).getByText(/^Marloes van Dijk, /)).toBeInTheDocument();
});

test('in English', async () => {
  const section = await previewsSection(KLANT, 'en');
  expect(within(section).getByRole('listitem')).toHaveTextContent(/\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} · 6 minutes$/);
});

test('nobody looked: it says so', async () => {
  const section = await previewsSection(KLANT_WITHOUT_CONTRACTS);
  expect(within(section).getByText('Niemand heeft de afgelopen 12 maanden in uw portaal meegekeken.')).toBeInTheDocument();
  expect(within(section).queryByRole('list')).not.toBeInTheDocument();
});

test('a preview asks for neither list, and shows neither section', async () => {
  const sessions = countRequests('GET', apiUrl(apiPaths.ownSessions));
  const previews = countRequests('GET', apiUrl(apiPaths.ownPreviews));
  await loginAs('beheerder@hub.example');
  const { user, unmount } = renderApp(`/preview/${accountIdOf(KLANT_CONTACT_IDS[0])}?contact=${KLANT_CONTACT_IDS[0]}`);
  await user.click(await screen.findByRole('button', { name: /^Portaal van .+ openen$/ }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
  unmount();

  renderApp('/portal/security');
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Waar bent u ingelogd' })).toBeNull();
  expect(screen.queryByRole('region', { name: 'Wie keek mee' })).toBeNull();
  expect([sessions(), previews()]).toEqual([0, 0]);
});
