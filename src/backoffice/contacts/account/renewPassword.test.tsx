/** "Nieuw tijdelijk wachtwoord" in the contact's account panel, against the real mock API. */
import { screen, waitFor, within } from '@testing-library/react';
import { db, SEEDED_TEMPORARY_PASSWORD } from '../../../../mocks/db';
import { accountPanel, openContact, statusOf } from '../../../../test/kit/account';
import { loginStatus } from '../../../../test/kit/api';
import { EVA, MILA, THOMAS } from '../../../../test/kit/people';
import { meanwhile } from '../../../../test/kit/render';

const RENEW = { name: 'Nieuw tijdelijk wachtwoord' };
const CONFIRM = { name: 'Nieuw wachtwoord maken' };

async function renewFor(contactId: number) {
  const rendered = await openContact(contactId);
  await rendered.user.click(await within(accountPanel()).findByRole('button', RENEW));
  const dialog = await screen.findByRole('dialog', { name: /^Nieuw tijdelijk wachtwoord voor / });
  return { ...rendered, dialog };
}

it('confirms first, then shows the new password once with its expiry; the old one stops working', async () => {
  const { user, dialog } = await renewFor(EVA.contactId);
  expect(dialog).toHaveAccessibleName(`Nieuw tijdelijk wachtwoord voor ${EVA.name}`);
  expect(dialog).toHaveAccessibleDescription(/huidige tijdelijke wachtwoord werkt daarna direct niet meer/);
  await user.click(within(dialog).getByRole('button', CONFIRM));

  const password = (await within(dialog).findByLabelText('Tijdelijk wachtwoord')) as HTMLInputElement;
  expect(password).toHaveAttribute('readonly');
  expect(password.value).toMatch(/^[A-Za-z0-9]{12,}$/);
  expect(within(dialog).getByLabelText('Gebruikersnaam')).toHaveValue(EVA.email);
  const expiresAt = db.accountOfContact(EVA.contactId)!.temporaryPasswordExpiresAt!;
  const expiry = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(expiresAt));
  expect(within(dialog).getByText(/alleen nu getoond en niet gemaild/)).toHaveTextContent(expiry);

  expect(await meanwhile(() => loginStatus(EVA.email, SEEDED_TEMPORARY_PASSWORD))).toBe(401);
  expect(await meanwhile(() => loginStatus(EVA.email, password.value))).toBe(200);

  // Escape does not throw the password away; only Close does, and then it is gone from the page.
  await user.keyboard('{Escape}');
  expect(screen.getByRole('dialog')).toBeInTheDocument();
  const shown = password.value;
  await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(document.body).not.toHaveTextContent(shown);
  expect(within(accountPanel()).getByRole('button', RENEW)).toHaveFocus();
});

it('shows the new validity under the status of an expired account', async () => {
  const { user, dialog } = await renewFor(MILA.contactId);
  const panel = accountPanel(true);
  expect(statusOf(panel)).toBe('Tijdelijk wachtwoord verlopen');
  expect(within(panel).getByText('Tijdelijk wachtwoord verlopen op')).toBeInTheDocument();

  await user.click(within(dialog).getByRole('button', CONFIRM));
  await within(dialog).findByLabelText('Tijdelijk wachtwoord');
  const expiresAt = db.accountOfContact(MILA.contactId)!.temporaryPasswordExpiresAt!;
  const expiry = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(expiresAt));
  await waitFor(() => expect(statusOf(panel)).toBe('Wacht op eerste login'));
  expect(within(panel).getByText('Tijdelijk wachtwoord geldig tot').nextElementSibling).toHaveTextContent(expiry);
  expect(within(panel).queryByText('Tijdelijk wachtwoord verlopen op')).not.toBeInTheDocument();
});

it("warns that an active customer's own password stops working too, and it does", async () => {
  const { user, dialog } = await renewFor(THOMAS.contactId);
  expect(dialog).toHaveAccessibleDescription(/eigen wachtwoord werkt dan direct niet meer/);
  await user.click(within(dialog).getByRole('button', CONFIRM));
  const password = (await within(dialog).findByLabelText('Tijdelijk wachtwoord')) as HTMLInputElement;
  expect(await meanwhile(() => loginStatus(THOMAS.email, 'demo'))).toBe(401);
  expect(await meanwhile(() => loginStatus(THOMAS.email, password.value))).toBe(200);
  await waitFor(() => expect(statusOf()).toBe('Wacht op eerste login'));
});

it('changes nothing when cancelled', async () => {
  const before = db.accountOfContact(EVA.contactId)!.temporaryPasswordHash;
  const { user, dialog } = await renewFor(EVA.contactId);
  await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(db.accountOfContact(EVA.contactId)!.temporaryPasswordHash).toBe(before);
  expect(await meanwhile(() => loginStatus(EVA.email, SEEDED_TEMPORARY_PASSWORD))).toBe(200);
  expect(within(accountPanel()).getByRole('button', RENEW)).toHaveFocus();
});

it('is called "New temporary password" in English', async () => {
  const { user } = await openContact(EVA.contactId, 'beheerder@hub.example', 'en');
  await user.click(await screen.findByRole('button', { name: 'New temporary password' }));
  const dialog = await screen.findByRole('dialog', { name: `New temporary password for ${EVA.name}` });
  expect(within(dialog).getByRole('button', { name: 'Create new password' })).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeInTheDocument();
});
