/**
 * The account actions when things go wrong: a colleague was quicker (409: the panel refreshes and
 * says so), not allowed (403), server trouble or no network (try again).
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { accountIdOf, accountPanel, actionUrl, colleagueDoes, openContact, statusOf } from '../../../../test/kit/account';
import { EVA, THOMAS } from '../../../../test/kit/people';
import { meanwhile } from '../../../../test/kit/render';

async function confirmIn(user: Awaited<ReturnType<typeof openContact>>['user'], button: string, confirm: string) {
  await user.click(await within(accountPanel()).findByRole('button', { name: button }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: confirm }));
  return dialog;
}

it('blocking an account a colleague just blocked says so, refreshes the panel and offers only Close', async () => {
  const { user } = await openContact(THOMAS.contactId);
  await within(accountPanel()).findByRole('button', { name: 'Account blokkeren' });
  await meanwhile(() => colleagueDoes('accountBlock', accountIdOf(THOMAS.contactId)));
  const dialog = await confirmIn(user, 'Account blokkeren', 'Blokkeren');

  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Dit account was al geblokkeerd');
  await waitFor(() => expect(statusOf()).toBe('Geblokkeerd'));
  expect(within(dialog).queryByRole('button', { name: 'Blokkeren' })).not.toBeInTheDocument();
  await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(within(accountPanel()).getByRole('button', { name: 'Account deblokkeren' })).toHaveFocus();
});

it('unblocking an account a colleague just unblocked says so and refreshes the panel', async () => {
  const accountId = accountIdOf(EVA.contactId);
  db.saveAccount({ ...db.tables.accounts.get(accountId)!, blockedAt: new Date().toISOString() });
  const { user } = await openContact(EVA.contactId);
  await within(accountPanel()).findByRole('button', { name: 'Account deblokkeren' });
  await meanwhile(() => colleagueDoes('accountUnblock', accountId));
  const dialog = await confirmIn(user, 'Account deblokkeren', 'Deblokkeren');

  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Dit account was niet (meer) geblokkeerd');
  await waitFor(() => expect(statusOf()).toBe('Wacht op eerste login'));
});

it('a new password for an account a colleague just blocked is refused: unblock first', async () => {
  const { user } = await openContact(EVA.contactId);
  await within(accountPanel()).findByRole('button', { name: 'Nieuw tijdelijk wachtwoord' });
  await meanwhile(() => colleagueDoes('accountBlock', accountIdOf(EVA.contactId)));
  const dialog = await confirmIn(user, 'Nieuw tijdelijk wachtwoord', 'Nieuw wachtwoord maken');

  expect(await within(dialog).findByRole('alert')).toHaveTextContent(/is geblokkeerd.*Deblokkeer het eerst/);
  expect(within(dialog).queryByLabelText('Tijdelijk wachtwoord')).not.toBeInTheDocument();
  await waitFor(() => expect(statusOf()).toBe('Geblokkeerd'));
  await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  // The renew button is gone with the block; focus lands on the one that is left.
  expect(within(accountPanel()).getByRole('button', { name: 'Account deblokkeren' })).toHaveFocus();
});

it('says plainly when the user may not do this (403), and stays logged in', async () => {
  const accountId = accountIdOf(THOMAS.contactId);
  server.use(
    http.post(actionUrl('accountBlock', accountId), () =>
      HttpResponse.json({ error: { code: 'forbidden', message: 'Forbidden.' } }, { status: 403 }),
    ),
  );
  const { user } = await openContact(THOMAS.contactId);
  const dialog = await confirmIn(user, 'Account blokkeren', 'Blokkeren');
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('U mag geen klantaccounts beheren.');
  expect(screen.getByRole('heading', { name: 'Account', hidden: true })).toBeInTheDocument();
  expect(db.tables.accounts.get(accountId)!.blockedAt).toBeNull();
});

it.each([
  ['a server error (500)', () => HttpResponse.json({ error: { code: 'internal', message: 'Boom' } }, { status: 500 })],
  ['a network failure', () => HttpResponse.error()],
])('reports %s in the dialog and lets the user try again', async (_, failure) => {
  const accountId = accountIdOf(THOMAS.contactId);
  server.use(http.post(actionUrl('accountBlock', accountId), failure, { once: true }));
  const { user } = await openContact(THOMAS.contactId);
  const dialog = await confirmIn(user, 'Account blokkeren', 'Blokkeren');

  expect(await within(dialog).findByRole('alert')).toHaveTextContent(/niet gelukt.*Probeer het opnieuw/);
  expect(statusOf()).toBe('Actief');
  await user.click(within(dialog).getByRole('button', { name: 'Blokkeren' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(statusOf()).toBe('Geblokkeerd');
  expect(db.tables.accounts.get(accountId)!.blockedAt).not.toBeNull();
});
