/** "Bekijk als klant": the link in the account panel, and a preview tab from start to the way back. */
import { screen, waitFor, within } from '@testing-library/react';
import { advanceClock, db, KLANT_CONTACT_IDS } from '../../../mocks/db';
import { currentRoute, loginAs, renderApp } from '../../../test/kit/render';
import { accountIdOf, accountPanel, openContact, timeline } from '../../../test/kit/account';
import { THOMAS } from '../../../test/kit/people';

const KLANT_CONTACT = KLANT_CONTACT_IDS[0];
const staffToken = () => JSON.parse(localStorage.getItem('hub.session')!).token as string;

beforeEach(() => sessionStorage.clear());
afterEach(() => sessionStorage.clear());

/** This tab as the new tab the link opens: the staff member's stored session, the preview address. */
/** The address alone, before the staff member confirms. */
async function openPreviewAddress(contactId: number, staff = 'beheerder@hub.example') {
  await loginAs(staff);
  return renderApp(`/preview/${accountIdOf(contactId)}?contact=${contactId}`);
}

/** The address and the staff member's confirmation. */
async function openPreviewTab(contactId: number, staff = 'beheerder@hub.example') {
  const rendered = await openPreviewAddress(contactId, staff);
  await rendered.user.click(await screen.findByRole('button', { name: /^Portaal van .+ openen$/ }));
  return rendered;
}

const banner = () => screen.findByRole('region', { name: 'Bekijk als klant' });

test('Beheerder and Relatiebeheerder get "Bekijk als klant": a link to a new tab with ids only', async () => {
  for (const staff of ['beheerder@hub.example', 'relatiebeheerder@hub.example']) {
    const { unmount } = await openContact(THOMAS.contactId, staff);
    const link = await within(accountPanel()).findByRole('link', { name: 'Bekijk als klant' });
    expect(link).toHaveAttribute('href', `#/preview/${accountIdOf(THOMAS.contactId)}?contact=${THOMAS.contactId}`);
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAccessibleDescription('Opent het portaal zoals Thomas van Leeuwen het ziet, alleen-lezen, in een nieuw tabblad.');
    unmount();
  }
});

test('the address alone starts nothing: the page names the customer and starts on the click', async () => {
  const previews = () => [...db.tables.events.values()].filter((event) => event.type === 'previewed').length;
  const before = previews();
  const { user } = await openPreviewAddress(THOMAS.contactId);
  expect(await screen.findByText(/U opent het portaal van Thomas van Leeuwen zoals deze klant het ziet/)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Terug naar het contact' })).toHaveAttribute('href', `#/contacts/${THOMAS.contactId}/show`);
  expect(previews()).toBe(before);
  expect([...db.tables.sessions.values()].some((session) => session.preview)).toBe(false);
  await user.click(screen.getByRole('button', { name: 'Portaal van Thomas van Leeuwen openen' }));
  expect(await banner()).toBeInTheDocument();
  expect(previews()).toBe(before + 1);
});

test('a Medewerker gets no such link, and the preview address tells them their role may not', async () => {
  await openContact(THOMAS.contactId, 'medewerker@hub.example');
  await within(accountPanel()).findByText('Status');
  expect(within(accountPanel()).queryByRole('link', { name: 'Bekijk als klant' })).not.toBeInTheDocument();
  await openPreviewTab(THOMAS.contactId, 'medewerker@hub.example');
  expect(await screen.findByText('Uw rol mag het portaal niet als klant bekijken.')).toBeInTheDocument();
});

test('the preview tab shows the portal as the customer, only the organisation\'s part, read-only, staff session untouched', async () => {
  const { unmount } = await openPreviewTab(KLANT_CONTACT);
  const token = staffToken();
  expect(await banner()).toHaveTextContent('U bekijkt het portaal als Sophie van der Meer (alleen-lezen)');
  expect(currentRoute()).toBe('/portal');
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Uitloggen' })).not.toBeInTheDocument();

  unmount();
  const contractsPage = renderApp('/portal/contracts');
  const organisation1 = [...db.tables.contracts.values()].filter((c) => c.contactId === KLANT_CONTACT);
  const organisation2 = [...db.tables.contracts.values()].filter((c) => c.contactId === KLANT_CONTACT_IDS[1]);
  expect(await screen.findByText(`${organisation1.length} contracten`)).toBeInTheDocument();
  for (const contract of organisation2) expect(screen.queryByText(contract.number)).not.toBeInTheDocument();
  expect(localStorage.getItem('hub.session') && staffToken()).toBe(token);

  // No password to change in a preview.
  contractsPage.unmount();
  renderApp('/portal/change-password');
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/portal');
});

test('"Terug naar het contact" ends the preview: the back office again, with the event in the timeline', async () => {
  const { user } = await openPreviewTab(THOMAS.contactId);
  await user.click(within(await banner()).getByRole('button', { name: 'Terug naar het contact' }));
  expect(await screen.findByRole('heading', { name: 'Account' }, { timeout: 10_000 })).toBeInTheDocument();
  expect(currentRoute()).toBe(`/contacts/${THOMAS.contactId}/show`);
  const [latest] = within(await timeline()).getAllByRole('listitem');
  expect(latest).toHaveTextContent('Bekeken als klant');
  expect(latest).toHaveTextContent('door Marloes van Dijk');
  expect(sessionStorage.length).toBe(0);
});

test('an expired preview says so and offers a new one, without a login page', async () => {
  const { unmount } = await openPreviewTab(THOMAS.contactId);
  await banner();
  unmount();
  advanceClock(15 * 60_000 + 1);
  const { user } = renderApp('/portal/contracts');
  // The API's 401 ends it: the portal makes way for the banner alone.
  await waitFor(() => expect(screen.queryByRole('navigation', { name: 'Portaalmenu' })).not.toBeInTheDocument());
  const ended = await banner();
  expect(ended).toHaveTextContent('De voorbeeldweergave is afgelopen: een voorbeeldweergave duurt 15 minuten.');
  expect(screen.queryByRole('heading', { name: 'Inloggen' })).not.toBeInTheDocument();
  await user.click(within(ended).getByRole('button', { name: 'Nieuwe voorbeeldweergave starten' }));
  await user.click(await screen.findByRole('button', { name: 'Portaal van Thomas van Leeuwen openen' }));
  expect(await screen.findByText('U bekijkt het portaal als Thomas van Leeuwen (alleen-lezen)')).toBeInTheDocument();
});

test('in English', async () => {
  await loginAs('beheerder@hub.example');
  const { user } = renderApp(`/preview/${accountIdOf(THOMAS.contactId)}?contact=${THOMAS.contactId}`, { locale: 'en' });
  expect(await screen.findByText(/You are about to open the portal of Thomas van Leeuwen/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Open the portal of Thomas van Leeuwen' }));
  const region = await screen.findByRole('region', { name: 'View as customer' });
  expect(region).toHaveTextContent('You are viewing the portal as Thomas van Leeuwen (read-only)');
  expect(within(region).getByRole('button', { name: 'Back to the contact' })).toBeInTheDocument();
});
