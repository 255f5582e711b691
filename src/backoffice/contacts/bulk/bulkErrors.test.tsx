/** The bulk dialog when requests fail: clear messages, the dialog and what was typed stay, retries work. */
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { BULK_URL, SLOW, dialogItem, listRow, openBulkDialog, openContacts, smallStore } from '../../../../test/kit/bulk';
import { FATIMA, JAN } from '../../../../test/kit/people';

vi.setConfig({ testTimeout: 45_000 });
beforeEach(smallStore);

const serverError = () => HttpResponse.json({ error: { code: 'internal', message: 'Boom' } }, { status: 500 });
const forbidden = () => HttpResponse.json({ error: { code: 'forbidden', message: 'No.' } }, { status: 403 });

/** Fails the next request with this `dryRun`, once; the real handler answers the others. */
function failNext(dryRun: boolean, failure: () => Response) {
  let done = false;
  server.use(
    http.post(BULK_URL, async ({ request }) => {
      const body = (await request.clone().json()) as { dryRun?: boolean };
      if (done || Boolean(body.dryRun) !== dryRun) return;
      done = true;
      return failure();
    }),
  );
}

async function fixFatima(user: Awaited<ReturnType<typeof openBulkDialog>>['user'], dialog: HTMLElement) {
  const field = within(dialogItem(dialog, FATIMA.name)).getByRole('textbox');
  await user.type(field, 'fatima@voorbeeld.nl');
  await within(dialogItem(dialog, FATIMA.name)).findByText('Klaar', {}, SLOW);
  return field;
}

it.each([
  ['a server error (500)', serverError],
  ['a network failure', () => HttpResponse.error()],
])('keeps the dialog and the typed email after %s while creating, and a retry creates them', async (_, failure) => {
  const { user, dialog } = await openBulkDialog([JAN.name, FATIMA.name]);
  const field = await fixFatima(user, dialog);
  failNext(false, failure);
  await user.click(within(dialog).getByRole('button', { name: '2 accounts aanmaken' }));

  expect(await within(dialog).findByRole('alert', {}, SLOW)).toHaveTextContent(
    'Gestopt na 0 van 2. De server was niet bereikbaar of had een probleem. Wat u hebt ingevuld blijft bewaard',
  );
  expect(screen.getByRole('dialog')).toBe(dialog);
  expect(field).toBeVisible();
  expect(within(dialogItem(dialog, FATIMA.name)).getByRole('textbox')).toHaveValue('fatima@voorbeeld.nl');
  expect(db.accountOfContact(JAN.contactId)).toBeUndefined();

  await user.click(within(dialog).getByRole('button', { name: '2 accounts aanmaken' }));
  await within(dialog).findByRole('heading', { name: 'Resultaat' }, SLOW);
  expect(dialogItem(dialog, FATIMA.name)).toHaveTextContent('Aangemaakt — gebruikersnaam fatima@voorbeeld.nl');
  expect(db.accountOfContact(JAN.contactId)).toBeDefined();
});

it('says so when the user may not create accounts (403), keeping the dialog', async () => {
  const { user, dialog } = await openBulkDialog([JAN.name]);
  failNext(false, forbidden);
  await user.click(within(dialog).getByRole('button', { name: '1 account aanmaken' }));
  expect(await within(dialog).findByRole('alert', {}, SLOW)).toHaveTextContent('U mag geen klantaccounts aanmaken.');
  expect(within(dialogItem(dialog, JAN.name)).getByText('Klaar')).toBeInTheDocument();
});

it('offers to try the preview again when it failed', async () => {
  failNext(true, serverError);
  const { user } = await openContacts();
  await user.click(within(listRow(JAN.name)).getByRole('checkbox'));
  await user.click(screen.getByRole('button', { name: 'Account toevoegen' }));
  const dialog = await screen.findByRole('dialog');
  const alert = await within(dialog).findByRole('alert', {}, SLOW);
  expect(alert).toHaveTextContent('De server was niet bereikbaar of had een probleem.');
  expect(within(dialog).getByRole('button', { name: '0 accounts aanmaken' })).toBeDisabled();
  await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
  expect(await within(dialogItem(dialog, JAN.name)).findByText('Klaar', {}, SLOW)).toBeInTheDocument();
  expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
});

it('marks an email whose check failed, and checks it again on Enter', async () => {
  const { user, dialog } = await openBulkDialog([FATIMA.name]);
  failNext(true, () => HttpResponse.error());
  const field = within(dialogItem(dialog, FATIMA.name)).getByRole('textbox');
  await user.type(field, 'fatima@voorbeeld.nl');
  await within(dialogItem(dialog, FATIMA.name)).findByText('Niet gecontroleerd', {}, SLOW);
  expect(field).toHaveAccessibleDescription(/Druk op Enter in het veld om het opnieuw te proberen/);

  await user.type(field, '{Enter}');
  await within(dialogItem(dialog, FATIMA.name)).findByText('Klaar', {}, SLOW);
  expect(field).toHaveValue('fatima@voorbeeld.nl');
});
