/** The bulk action by keyboard alone: select, open, fix an email, create, read the result, close. */
import { act, screen, waitFor, within } from '@testing-library/react';
import { SLOW, dialogItem, listRow, openContacts, smallStore } from '../../../../test/kit/bulk';
import { FATIMA, JAN } from '../../../../test/kit/people';

vi.setConfig({ testTimeout: 45_000 });
beforeEach(smallStore);

it('works with the keyboard from selection to result', async () => {
  const { user } = await openContacts();
  for (const name of [JAN.name, FATIMA.name]) {
    act(() => within(listRow(name)).getByRole('checkbox').focus());
    await user.keyboard(' ');
  }
  act(() => screen.getByRole('button', { name: 'Account toevoegen' }).focus());
  await user.keyboard('{Enter}');
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByRole('list', { name: 'Geselecteerde contacten' }, SLOW);

  // The first control is the one field to fill in; Enter checks it at once.
  await user.tab();
  const field = within(dialogItem(dialog, FATIMA.name)).getByRole('textbox');
  expect(field).toHaveFocus();
  await user.keyboard('fatima@voorbeeld.nl{Enter}');
  await within(dialogItem(dialog, FATIMA.name)).findByText('Klaar', {}, SLOW);

  await user.tab();
  expect(within(dialog).getByRole('button', { name: 'Annuleren' })).toHaveFocus();
  await user.tab();
  expect(within(dialog).getByRole('button', { name: '2 accounts aanmaken' })).toHaveFocus();
  await user.keyboard('{Enter}');

  // The result takes focus at its summary, so reading starts there.
  await within(dialog).findByRole('heading', { name: 'Resultaat' }, SLOW);
  await waitFor(() => expect(within(dialog).getByText('2 aangemaakt, 0 overgeslagen.')).toHaveFocus());
  await user.tab();
  expect(within(dialog).getByRole('link', { name: /demo-postvak/ })).toHaveFocus();
  await user.tab();
  expect(within(dialog).getByRole('button', { name: 'Sluiten' })).toHaveFocus();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  // Back at the (now empty) selection, not on the hidden bulk button.
  await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Alles selecteren' })).toHaveFocus());
});
