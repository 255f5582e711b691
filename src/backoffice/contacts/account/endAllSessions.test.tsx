/** "Alle sessies beëindigen" under the panel's sign-in methods, against the real mock API. */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { apiPaths, withParams } from '../../../core/api/paths';
import { openSessionsOf } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { accountIdOf, accountPanel, openContact, timeline } from '../../../../test/kit/account';
import { call, tokenFor } from '../../../../test/kit/api';
import { EVA, SOPHIE, THOMAS } from '../../../../test/kit/people';
import { apiUrl } from '../../../../test/kit/requests';
import { meanwhile } from '../../../../test/kit/render';

vi.setConfig({ testTimeout: 45_000 });

const END = { name: 'Alle sessies beëindigen' };

/** The panel's sign-in methods; `hidden` finds them behind an open (modal) dialog too. */
const methods = (name = 'Inlogmethoden', hidden = false) => screen.findByRole('region', { name, hidden }, { timeout: 10_000 });

/** What the "Open sessies" row says once the methods have loaded. */
async function openSessionsShown(label = 'Open sessies', region?: HTMLElement): Promise<string | null | undefined> {
  const shown = region ?? (await methods());
  const term = await within(shown).findByText(label, { selector: 'dt' }, { timeout: 10_000 });
  return term.nextElementSibling?.textContent;
}

/** The HTTP status a customer's session gets now: 200 while it is open. */
const sessionStatus = (token: string) => meanwhile(() => call('get', apiPaths.accountMine, apiPaths.accountMine, { token }).then((r) => r.status));

it('ends every session after a confirmation naming the customer: the count, the timeline and the customer follow', async () => {
  const phone = await tokenFor(THOMAS.email);
  const laptop = await tokenFor(THOMAS.email);
  const { user } = await openContact(THOMAS.contactId);
  expect(await openSessionsShown()).toBe('2 sessies');

  await user.click(within(await methods()).getByRole('button', END));
  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveAccessibleName(`Alle sessies van ${THOMAS.name} beëindigen?`);
  expect(dialog).toHaveAccessibleDescription(/direct uitgelogd en moet opnieuw inloggen\. Het wachtwoord en de tweede factor blijven/);
  await user.click(within(dialog).getByRole('button', { name: 'Sessies beëindigen' }));

  expect(await screen.findByText(`Alle sessies van ${THOMAS.name} beëindigd`)).toBeInTheDocument();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(await openSessionsShown()).toBe('Geen');
  expect(within(accountPanel()).queryByRole('button', END)).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Inlogmethoden' })).toHaveFocus();
  const [newest] = await within(await timeline()).findAllByRole('listitem');
  expect(newest).toHaveTextContent(/^Alle sessies beëindigd.*door Marloes van Dijk$/);
  expect(await sessionStatus(phone)).toBe(401);
  expect(await sessionStatus(laptop)).toBe(401);
});

it('offers it to a Relatiebeheerder, in English too, with one session counted as one', async () => {
  await tokenFor(THOMAS.email);
  const { user } = await openContact(THOMAS.contactId, 'relatiebeheerder@hub.example', 'en');
  const region = await methods('Sign-in methods');
  expect(await openSessionsShown('Open sessions', region)).toBe('1 session');
  await user.click(within(region).getByRole('button', { name: 'End all sessions' }));
  const dialog = await screen.findByRole('dialog', { name: `End all sessions of ${THOMAS.name}?` });
  await user.click(within(dialog).getByRole('button', { name: 'End sessions' }));
  expect(await screen.findByText(`All sessions of ${THOMAS.name} ended`)).toBeInTheDocument();
  expect(await openSessionsShown('Open sessions', region)).toBe('None');
});

it('shows a Medewerker neither the sessions nor the action', async () => {
  await tokenFor(THOMAS.email);
  await openContact(THOMAS.contactId, 'medewerker@hub.example');
  expect(await within(accountPanel()).findByText(THOMAS.email)).toBeInTheDocument();
  expect(within(accountPanel()).queryByRole('region', { name: 'Inlogmethoden' })).not.toBeInTheDocument();
  expect(screen.queryByText('Open sessies')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', END)).not.toBeInTheDocument();
});

it('is not offered while no session is open', async () => {
  await openContact(EVA.contactId);
  expect(await openSessionsShown()).toBe('Geen');
  expect(within(accountPanel()).queryByRole('button', END)).not.toBeInTheDocument();
});

it('ends nothing when cancelled, and focus returns to the button', async () => {
  const session = await tokenFor(THOMAS.email);
  const { user } = await openContact(THOMAS.contactId);
  await user.click(within(await methods()).getByRole('button', END));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Annuleren' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(within(accountPanel()).getByRole('button', END)).toHaveFocus();
  expect(await openSessionsShown()).toBe('1 sessie');
  expect(await sessionStatus(session)).toBe(200);
});

it('tells that a shared customer is logged out at the other organisation too', async () => {
  const { user } = await openContact(SOPHIE.contactId);
  await user.click(await within(await methods()).findByRole('button', END));
  const dialog = await screen.findByRole('dialog', { name: `Alle sessies van ${SOPHIE.name} beëindigen?` });
  expect(dialog).toHaveAccessibleDescription(/ook een dossier bij een andere organisatie: het is één account, dus de klant wordt ook daar uitgelogd/);
});

it('says what went wrong when the server fails, keeps the sessions and lets the user try again', async () => {
  await tokenFor(THOMAS.email);
  const accountId = accountIdOf(THOMAS.contactId);
  server.use(
    http.post(apiUrl(withParams(apiPaths.accountSessionsEnd, { id: accountId })), () =>
      HttpResponse.json({ error: { code: 'internal_error', message: 'Internal error.' } }, { status: 500 }),
    ),
  );
  const { user } = await openContact(THOMAS.contactId);
  await user.click(within(await methods()).getByRole('button', END));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Sessies beëindigen' }));
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Dat is niet gelukt: de server was niet bereikbaar of had een probleem. Probeer het opnieuw.');
  expect(within(dialog).getByRole('button', { name: 'Sessies beëindigen' })).toBeEnabled();
  expect(openSessionsOf(accountId)).toHaveLength(1);
});

it('says plainly when the user may not (403), in English, and ends nothing', async () => {
  await tokenFor(THOMAS.email);
  const accountId = accountIdOf(THOMAS.contactId);
  server.use(
    http.post(apiUrl(withParams(apiPaths.accountSessionsEnd, { id: accountId })), () =>
      HttpResponse.json({ error: { code: 'forbidden', message: 'Forbidden.' } }, { status: 403 }),
    ),
  );
  const { user } = await openContact(THOMAS.contactId, 'beheerder@hub.example', 'en');
  await user.click(within(await methods('Sign-in methods')).getByRole('button', { name: 'End all sessions' }));
  const dialog = await screen.findByRole('dialog', { name: `End all sessions of ${THOMAS.name}?` });
  await user.click(within(dialog).getByRole('button', { name: 'End sessions' }));
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('You may not manage customer accounts.');
  expect(openSessionsOf(accountId)).toHaveLength(1);
});
