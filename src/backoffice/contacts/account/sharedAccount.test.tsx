/**
 * A shared customer in the panel (Sophie: dossiers at both organisations): no temporary password
 * but a reset mail, a block for this organisation only, and no other organisation's names.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../../mocks/db';
import { accountIdOf, accountPanel, colleagueDoes, openContact, statusOf, timeline } from '../../../../test/kit/account';
import { loginStatus } from '../../../../test/kit/api';
import { SOPHIE } from '../../../../test/kit/people';
import { meanwhile } from '../../../../test/kit/render';

/** Opens the action's dialog, checks what it explains, confirms and waits until it closed. */
async function confirm(user: Awaited<ReturnType<typeof openContact>>['user'], button: string, confirmLabel: string, explains: RegExp) {
  await user.click(await within(accountPanel()).findByRole('button', { name: button }));
  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveAccessibleDescription(explains);
  await user.click(within(dialog).getByRole('button', { name: confirmLabel }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

it('offers "Herstelmail sturen" instead of a temporary password, and it mails the customer a reset link', async () => {
  const { user } = await openContact(SOPHIE.contactId);
  const panel = accountPanel();
  expect(within(panel).queryByRole('button', { name: 'Nieuw tijdelijk wachtwoord' })).not.toBeInTheDocument();
  await user.click(await within(panel).findByRole('button', { name: 'Herstelmail sturen' }));
  const dialog = await screen.findByRole('dialog', { name: `Herstelmail sturen aan ${SOPHIE.name}?` });
  expect(dialog).toHaveAccessibleDescription(/geen organisatie mag het wachtwoord instellen/);
  await user.click(within(dialog).getByRole('button', { name: 'Mail sturen' }));
  expect(await screen.findByText('Herstelmail verstuurd')).toBeInTheDocument();
  expect([...db.tables.mails.values()]).toEqual([expect.objectContaining({ kind: 'password_reset', to: SOPHIE.email })]);
  expect(within(accountPanel()).getByRole('button', { name: 'Herstelmail sturen' })).toHaveFocus();
});

it('blocks for this organisation only: the panel says so, the customer still logs in, unblocking restores it', async () => {
  const { user } = await openContact(SOPHIE.contactId);
  await confirm(user, 'Account blokkeren', 'Blokkeren', /blokkade geldt alleen voor uw organisatie/);
  await waitFor(() => expect(statusOf()).toBe('Geblokkeerd voor uw organisatie'));
  expect(await meanwhile(() => loginStatus(SOPHIE.email, 'demo'))).toBe(200);
  expect(db.accountByUsername(SOPHIE.email)!.blockedByOrganizationIds).toEqual([1]);
  await confirm(user, 'Account deblokkeren', 'Deblokkeren', /Hetzelfde account komt terug/);
  await waitFor(() => expect(statusOf()).toBe('Actief'));
});

it("names another organisation's staff as \"een andere organisatie\" in the timeline and as creator", async () => {
  await colleagueDoes('accountBlock', accountIdOf(SOPHIE.contactId)); // organisation 1
  await openContact(SOPHIE.otherContactId, 'beheerder2@hub.example');
  const region = await timeline();
  await waitFor(() => expect(within(region).getByText('Account geblokkeerd').parentElement).toHaveTextContent('door een andere organisatie'));
  expect(within(region).queryByText(/Marloes/)).not.toBeInTheDocument();
  expect(within(accountPanel()).getByText('Aangemaakt door').nextElementSibling).toHaveTextContent('een andere organisatie');
  expect(statusOf()).toBe('Actief');
});
