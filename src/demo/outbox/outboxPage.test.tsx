/** The demo outbox: public, newest first, search, the mail in a sandboxed frame and as text, links to it. */
import { screen, waitFor, within } from '@testing-library/react';
import { apiPaths } from '../../core/api/paths';
import { advanceClock, db } from '../../../mocks/db';
import { call, createAccountAs } from '../../../test/kit/api';
import { JAN, KLANT } from '../../../test/kit/people';
import { currentRoute, loginAs, renderApp } from '../../../test/kit/render';
import { onPhoneScreen } from '../../../test/kit/phoneScreen';

const SLOW = { timeout: 10_000 };
vi.setConfig({ testTimeout: 30_000 });

/** "Forgot password" for an active customer: the outbox gets a reset mail. */
async function forgotPassword(username: string) {
  const { status } = await call('post', apiPaths.forgotPassword, apiPaths.forgotPassword, { body: { username } });
  expect(status).toBe(202);
}

/** A welcome mail for Jan (an activation link, never his temporary password), then a reset mail for the demo customer. */
async function sendTwoMails() {
  const { temporaryPassword } = (await createAccountAs('beheerder@hub.example', JAN.contactId, JAN.email)) as { temporaryPassword: string };
  await forgotPassword(KLANT);
  return { temporaryPassword };
}

function mailList() {
  return screen.findByRole('list', { name: 'Mails, nieuwste eerst' }, SLOW);
}

it('lists the mails newest first, with recipient, subject and kind, without logging in', async () => {
  await sendTwoMails();
  renderApp('/outbox');
  expect(await screen.findByRole('heading', { level: 1, name: 'Demo-postvak' }, SLOW)).toBeInTheDocument();
  const links = within(await mailList()).getAllByRole('link');
  expect(links.map((link) => link.textContent)).toEqual([
    expect.stringMatching(new RegExp(`^${KLANT}.*Nieuw wachtwoord voor Hub Portal.*Nieuw wachtwoord$`)),
    expect.stringMatching(new RegExp(`^${JAN.email}.*Uw account voor Hub Portal.*Welkom$`)),
  ]);
  expect(screen.getByText('Kies een mail om die te lezen.')).toBeInTheDocument();
});

it('opens a mail: its subject, and the HTML mail in a sandboxed frame whose links can only open the app in this tab', async () => {
  const { temporaryPassword } = await sendTwoMails();
  const { user } = renderApp('/outbox');
  await user.click(within(await mailList()).getByRole('link', { name: new RegExp(JAN.email) }));
  expect(currentRoute()).toMatch(/^\/outbox\/\d+$/);
  expect(await screen.findByRole('heading', { level: 2, name: 'Uw account voor Hub Portal' }, SLOW)).toBeInTheDocument();
  expect(screen.getByText(`Aan: ${JAN.email}`)).toBeInTheDocument();
  const frame = screen.getByTitle('Mail: Uw account voor Hub Portal');
  expect(frame.getAttribute('sandbox')).toBe('allow-top-navigation-by-user-activation');
  const srcdoc = frame.getAttribute('srcdoc') ?? '';
  expect(srcdoc).not.toContain(temporaryPassword);
  expect(srcdoc).toContain('<head><base target="_top">');
  expect(srcdoc).toMatch(/href="http:\/\/localhost:3000\/#\/activate\?token=[\w-]{43}"/);
  expect(within(await mailList()).getByRole('link', { current: 'page' })).toHaveTextContent(JAN.email);
});

it('shows the plain-text part with a working activation link and no password', async () => {
  const { temporaryPassword } = await sendTwoMails();
  const mail = [...db.tables.mails.values()].find((m) => m.kind === 'welcome')!;
  const link = /http:\/\/localhost:3000\/#\/activate\?token=[\w-]+/.exec(mail.text)![0];
  const { user } = renderApp(`/outbox/${mail.id}`);
  await user.click(await screen.findByRole('tab', { name: 'Platte tekst' }, SLOW));
  const panel = screen.getByRole('tabpanel', { name: 'Platte tekst' });
  expect(panel).not.toHaveTextContent(temporaryPassword);
  expect(within(panel).getByRole('link', { name: link })).toHaveAttribute('href', link);
});

it('searches recipient and subject', async () => {
  await sendTwoMails();
  const { user } = renderApp('/outbox');
  await mailList();
  await user.type(screen.getByRole('searchbox', { name: 'Zoek op ontvanger of onderwerp' }), 'voorbeeld');
  await waitFor(async () => expect(within(await mailList()).getAllByRole('link').map((l) => l.textContent)).toEqual([expect.stringContaining(JAN.email)]), SLOW);
  await user.clear(screen.getByRole('searchbox'));
  await user.type(screen.getByRole('searchbox'), 'bestaat niet');
  expect(await screen.findByText('Geen mails gevonden voor deze zoekopdracht.', {}, SLOW)).toBeInTheDocument();
});

it('says so when there are no mails yet, and when a mail does not exist', async () => {
  renderApp('/outbox/999');
  expect(await screen.findByText(/^Nog geen mails\./, {}, SLOW)).toBeInTheDocument();
  expect(await screen.findByText('Deze mail bestaat niet (meer).', {}, SLOW)).toBeInTheDocument();
});

it('speaks English when English is chosen', async () => {
  await sendTwoMails();
  renderApp('/outbox', { locale: 'en' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Demo outbox' }, SLOW)).toBeInTheDocument();
  expect(await screen.findByRole('list', { name: 'Mails, newest first' }, SLOW)).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'To Hub Portal' })).toHaveAttribute('href', '#/');
});

it('works with an ended session in storage: no 401, no logout, the mails still show', async () => {
  await sendTwoMails();
  await loginAs('beheerder@hub.example');
  advanceClock(48 * 60 * 60 * 1000);
  renderApp('/outbox');
  expect(within(await mailList()).getAllByRole('link')).toHaveLength(2);
  expect(currentRoute()).toBe('/outbox');
  expect(localStorage.getItem('hub.session')).not.toBeNull();
});

it('is linked from the login page in demo mode', async () => {
  const { user } = renderApp('/login');
  await user.click(await screen.findByRole('link', { name: 'Demo-postvak openen' }, SLOW));
  expect(currentRoute()).toBe('/outbox');
  expect(await screen.findByRole('heading', { level: 1, name: 'Demo-postvak' })).toBeInTheDocument();
});

it('is in the back-office menu in demo mode', async () => {
  await loginAs('relatiebeheerder@hub.example');
  renderApp('/contacts');
  expect(await screen.findByRole('menuitem', { name: 'Demo-postvak' }, SLOW)).toHaveAttribute('href', '#/outbox');
});

describe('on a phone', () => {
  onPhoneScreen();

  it('shows the list, then the opened mail alone with a way back to the list', async () => {
    await sendTwoMails();
    const { user } = renderApp('/outbox');
    await user.click(within(await mailList()).getByRole('link', { name: new RegExp(KLANT) }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Nieuw wachtwoord voor Hub Portal' }, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Mails, nieuwste eerst' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Alle mails' }));
    expect(await mailList()).toBeInTheDocument();
    expect(currentRoute()).toBe('/outbox');
  });
});
