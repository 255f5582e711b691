/** The bulk dialog's preview: each selected contact's state, and fixing an email in place. */
import { waitFor, within } from '@testing-library/react';
import { db } from '../../../../mocks/db';
import { dialogItem, openBulkDialog, shareEmail, SLOW, smallStore } from '../../../../test/kit/bulk';
import { FATIMA, JAN, SOPHIE, THOMAS } from '../../../../test/kit/people';

vi.setConfig({ testTimeout: 45_000 });
beforeEach(smallStore);

it('previews each contact: ready, no email, already has an account, email already in use', async () => {
  const { dialog } = await openBulkDialog([JAN.name, FATIMA.name, SOPHIE.name, THOMAS.name]);
  expect(within(dialog).getByRole('heading', { name: 'Accounts toevoegen voor 4 contacten' })).toBeInTheDocument();

  const jan = dialogItem(dialog, JAN.name);
  expect(within(jan).getByText('Klaar')).toBeInTheDocument();
  expect(within(jan).getByText(JAN.email)).toBeInTheDocument();
  expect(within(jan).getByText('Er wordt een account aangemaakt met deze gebruikersnaam.')).toBeInTheDocument();

  const fatima = dialogItem(dialog, FATIMA.name);
  expect(within(fatima).getByText('Geen e-mail')).toBeInTheDocument();
  expect(within(fatima).getByRole('textbox', { name: `E-mail (gebruikersnaam) van ${FATIMA.name}` })).toHaveValue('');

  const sophie = dialogItem(dialog, SOPHIE.name);
  expect(within(sophie).getByText('Heeft al een account')).toBeInTheDocument();
  expect(within(sophie).queryByRole('textbox')).not.toBeInTheDocument();

  expect(within(dialogItem(dialog, THOMAS.name)).getByText('Heeft al een account')).toBeInTheDocument();
  // Only Jan is ready; nothing was created by looking.
  expect(within(dialog).getByRole('button', { name: '1 account aanmaken' })).toBeEnabled();
  expect(db.accountOfContact(JAN.contactId)).toBeUndefined();
});

it('says when an email is already the username of another account, and offers a field to fix it', async () => {
  shareEmail(JAN.contactId, THOMAS.email);
  const { dialog } = await openBulkDialog([JAN.name]);
  const jan = dialogItem(dialog, JAN.name);
  expect(within(jan).getByText('E-mail al in gebruik')).toBeInTheDocument();
  expect(within(jan).getByRole('textbox', { name: `E-mail (gebruikersnaam) van ${JAN.name}` })).toHaveValue(THOMAS.email);
  expect(within(dialog).getByRole('button', { name: '0 accounts aanmaken' })).toBeDisabled();
});

it('turns a contact ready when the user fixes its email in place, keeping what they typed', async () => {
  const { user, dialog } = await openBulkDialog([FATIMA.name]);
  const field = within(dialogItem(dialog, FATIMA.name)).getByRole('textbox', { name: /van Fatima El Amrani/ });

  await user.type(field, 'fatima@');
  await within(dialogItem(dialog, FATIMA.name)).findByText('Ongeldig e-mailadres', {}, SLOW);
  await user.type(field, 'voorbeeld.nl');
  await within(dialogItem(dialog, FATIMA.name)).findByText('Klaar', {}, SLOW);

  expect(field).toHaveValue('fatima@voorbeeld.nl');
  expect(field).toHaveAccessibleDescription('Er wordt een account aangemaakt met deze gebruikersnaam.');
  await waitFor(() => expect(within(dialog).getByRole('button', { name: '1 account aanmaken' })).toBeEnabled());
});
