/** "Account blokkeren" / "Account deblokkeren" in the contact's account panel, against the real mock API. */
import { screen, waitFor, within } from '@testing-library/react';
import { db, SEEDED_TEMPORARY_PASSWORD } from '../../../../mocks/db';
import { accountIdOf, accountPanel, openContact, statusOf } from '../../../../test/kit/account';
import { loginStatus } from '../../../../test/kit/api';
import { EVA, THOMAS } from '../../../../test/kit/people';
import { meanwhile } from '../../../../test/kit/render';

const BLOCK = { name: 'Account blokkeren' };
const UNBLOCK = { name: 'Account deblokkeren' };

async function openDialog(user: Awaited<ReturnType<typeof openContact>>['user'], button: { name: string }) {
  await user.click(await within(accountPanel()).findByRole('button', button));
  return screen.findByRole('dialog');
}

it('blocks after confirming: the status says so, the customer cannot log in, and only unblocking is offered', async () => {
  const { user } = await openContact(THOMAS.contactId);
  const dialog = await openDialog(user, BLOCK);
  expect(dialog).toHaveAccessibleName(`Account van ${THOMAS.name} blokkeren?`);
  expect(dialog).toHaveAccessibleDescription(/sessies van de klant eindigen direct.*kan niet meer inloggen/);
  await user.click(within(dialog).getByRole('button', { name: 'Blokkeren' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(statusOf()).toBe('Geblokkeerd');
  expect(db.accountOfContact(THOMAS.contactId)!.blockedAt).not.toBeNull();
  expect(await meanwhile(() => loginStatus(THOMAS.email, 'demo'))).toBe(401);
  const panel = accountPanel();
  expect(within(panel).getByRole('button', UNBLOCK)).toHaveFocus();
  expect(within(panel).queryByRole('button', BLOCK)).not.toBeInTheDocument();
  expect(within(panel).queryByRole('button', { name: 'Nieuw tijdelijk wachtwoord' })).not.toBeInTheDocument();
});

it('blocks nothing when cancelled', async () => {
  const { user } = await openContact(THOMAS.contactId);
  const dialog = await openDialog(user, BLOCK);
  await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(db.accountOfContact(THOMAS.contactId)!.blockedAt).toBeNull();
  expect(statusOf()).toBe('Actief');
  expect(within(accountPanel()).getByRole('button', BLOCK)).toHaveFocus();
});

it('unblocks the same account after confirming: its status and temporary password come back', async () => {
  const accountId = accountIdOf(EVA.contactId);
  db.saveAccount({ ...db.tables.accounts.get(accountId)!, blockedAt: new Date().toISOString() });
  const { user } = await openContact(EVA.contactId);
  expect(statusOf()).toBe('Geblokkeerd');

  const dialog = await openDialog(user, UNBLOCK);
  expect(dialog).toHaveAccessibleName(`Account van ${EVA.name} deblokkeren?`);
  expect(dialog).toHaveAccessibleDescription(/Hetzelfde account komt terug/);
  // Cancelling first leaves it blocked.
  await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(db.tables.accounts.get(accountId)!.blockedAt).not.toBeNull();

  await user.click(await openDialog(user, UNBLOCK).then((d) => within(d).getByRole('button', { name: 'Deblokkeren' })));
  await waitFor(() => expect(statusOf()).toBe('Wacht op eerste login'));
  expect(db.accountOfContact(EVA.contactId)!.id).toBe(accountId);
  expect(await meanwhile(() => loginStatus(EVA.email, SEEDED_TEMPORARY_PASSWORD))).toBe(200);
  expect(within(accountPanel()).getByRole('button', BLOCK)).toHaveFocus();
  expect(within(accountPanel()).getByRole('button', { name: 'Nieuw tijdelijk wachtwoord' })).toBeInTheDocument();
});

it('shows the actions and timeline to a relatiebeheerder as well', async () => {
  await openContact(THOMAS.contactId, 'relatiebeheerder@hub.example');
  const panel = accountPanel();
  expect(await within(panel).findByRole('button', BLOCK)).toBeInTheDocument();
  expect(within(panel).getByRole('button', { name: 'Nieuw tijdelijk wachtwoord' })).toBeInTheDocument();
  expect(await within(panel).findByRole('region', { name: 'Tijdlijn' })).toBeInTheDocument();
});

it('shows a medewerker the account but no actions and no timeline', async () => {
  await openContact(THOMAS.contactId, 'medewerker@hub.example');
  const panel = accountPanel();
  expect(await within(panel).findByText(THOMAS.email)).toBeInTheDocument();
  expect(statusOf()).toBe('Actief');
  expect(within(panel).queryByRole('group', { name: 'Acties voor het account' })).not.toBeInTheDocument();
  expect(within(panel).queryByRole('button')).not.toBeInTheDocument();
  expect(within(panel).queryByRole('region', { name: 'Tijdlijn' })).not.toBeInTheDocument();
});

it('is called "Block account" / "Unblock account" in English', async () => {
  const { user } = await openContact(THOMAS.contactId, 'beheerder@hub.example', 'en');
  await user.click(await screen.findByRole('button', { name: 'Block account' }));
  const dialog = await screen.findByRole('dialog', { name: `Block the account of ${THOMAS.name}?` });
  await user.click(within(dialog).getByRole('button', { name: 'Block' }));
  expect(await within(accountPanel()).findByRole('button', { name: 'Unblock account' })).toBeInTheDocument();
  expect(statusOf()).toBe('Blocked');
});
