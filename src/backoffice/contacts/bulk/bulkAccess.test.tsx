/** Who gets the bulk action: those who may create accounts; a Medewerker gets no checkboxes at all. */
import { screen, within } from '@testing-library/react';
import { listRow, openContacts, smallStore } from '../../../../test/kit/bulk';
import { JAN } from '../../../../test/kit/people';

vi.setConfig({ testTimeout: 45_000 });
beforeEach(smallStore);

it('gives a Medewerker no checkboxes and no "Account toevoegen"', async () => {
  await openContacts('medewerker@hub.example');
  expect(within(listRow(JAN.name)).queryByRole('checkbox')).not.toBeInTheDocument();
  expect(screen.queryByRole('checkbox', { name: 'Alles selecteren' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Account toevoegen' })).not.toBeInTheDocument();
});

it('gives a Relatiebeheerder the bulk action once a contact is selected', async () => {
  const { user } = await openContacts('relatiebeheerder@hub.example');
  await user.click(within(listRow(JAN.name)).getByRole('checkbox', { name: 'Deze rij selecteren' }));
  expect(screen.getByRole('button', { name: 'Account toevoegen' })).toBeVisible();
});
