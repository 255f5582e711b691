/** Creating from the bulk dialog: chunks with progress, the result list, no passwords, no second account. */
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { createAccountAs } from '../../../../test/kit/api';
import { BULK_URL, SLOW, accountsOf, dialogItem, listRow, openBulkDialog, openContacts, smallStore } from '../../../../test/kit/bulk';
import { FATIMA, JAN, SOPHIE } from '../../../../test/kit/people';
import { requestBodies } from '../../../../test/kit/requests';
import { meanwhile } from '../../../../test/kit/render';

vi.setConfig({ testTimeout: 45_000 });
beforeEach(smallStore);
afterEach(() => server.events.removeAllListeners());

it('creates the ready accounts and lists what was created and what was skipped, and why', async () => {
  const { user, dialog } = await openBulkDialog([JAN.name, FATIMA.name, SOPHIE.name]);
  await user.click(within(dialog).getByRole('button', { name: '1 account aanmaken' }));

  expect(await within(dialog).findByRole('heading', { name: 'Resultaat' }, SLOW)).toBeInTheDocument();
  // Focus moves in an effect after the result renders.
  await waitFor(() => expect(within(dialog).getByText('1 aangemaakt, 2 overgeslagen.')).toHaveFocus());
  expect(dialogItem(dialog, JAN.name)).toHaveTextContent(`Aangemaakt — gebruikersnaam ${JAN.email}`);
  expect(dialogItem(dialog, FATIMA.name)).toHaveTextContent('Overgeslagen — Geen e-mail');
  expect(dialogItem(dialog, SOPHIE.name)).toHaveTextContent('Overgeslagen — Heeft al een account');

  // No password anywhere: the welcome mail carries an activation link.
  const [mail] = [...db.tables.mails.values()];
  expect(mail).toMatchObject({ kind: 'welcome', to: JAN.email });
  expect(mail.text).toMatch(/#\/activate\?token=/);
  expect(db.accountByUsername(JAN.email)?.temporaryPasswordHash).toBeNull();
  expect(dialog).toHaveTextContent('elke nieuwe klant heeft een welkomstmail gekregen met de gebruikersnaam en een activeringslink');
  expect(within(dialog).getByRole('link', { name: 'Demo: lees de welkomstmails in het demo-postvak (nieuw tabblad)' })).toHaveAttribute('href', '#/outbox');

  await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  // The selection is gone and the list shows Jan's new account.
  await waitFor(() => expect(listRow(JAN.name)).toHaveTextContent('Wacht op activering'), SLOW);
  expect(document.querySelectorAll('tbody input[type="checkbox"]:checked')).toHaveLength(0);
});

it('sends five contacts per request and shows "x van y" while it runs', async () => {
  // Hold the second chunk until the test has seen the progress of the first.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let chunks = 0;
  server.use(
    http.post(BULK_URL, async ({ request }) => {
      const body = (await request.clone().json()) as { dryRun?: boolean };
      if (!body.dryRun && ++chunks === 2) await held;
      // No answer: the real handler answers.
    }),
  );
  const ready = [...db.tables.contacts.values()].filter(
    (c) => c.organizationId === 1 && c.email !== null && !db.accountOfContact(c.id),
  ).length;
  expect(ready).toBeGreaterThan(5);
  const bodies = requestBodies('POST', BULK_URL) as { dryRun?: boolean; items: unknown[] }[];

  const { user } = await openContacts();
  await user.click(screen.getByRole('checkbox', { name: 'Alles selecteren' }));
  await user.click(screen.getByRole('button', { name: 'Account toevoegen' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(await within(dialog).findByRole('button', { name: `${ready} accounts aanmaken` }, SLOW));

  const progress = await within(dialog).findByRole('progressbar', { name: 'Accounts aanmaken' }, SLOW);
  await within(dialog).findByText(`5 van ${ready}`, {}, SLOW);
  expect(progress).toHaveAttribute('aria-valuetext', `5 van ${ready}`);
  release();
  await within(dialog).findByRole('heading', { name: 'Resultaat' }, SLOW);
  expect(within(dialog).getByText(new RegExp(`^${ready} aangemaakt`))).toBeInTheDocument();

  const sizes = bodies.filter((body) => !body.dryRun).map((body) => body.items.length);
  expect(sizes).toEqual([5, 5, 5].slice(0, Math.floor(ready / 5)).concat(ready % 5 ? [ready % 5] : []));
});

it('never makes a second account: a colleague who was quicker shows as skipped, a re-run finds it', async () => {
  const { user, dialog } = await openBulkDialog([JAN.name]);
  expect(within(dialogItem(dialog, JAN.name)).getByText('Klaar')).toBeInTheDocument();
  // Between the preview and the click, a colleague creates Jan's account.
  await meanwhile(() => createAccountAs('relatiebeheerder@hub.example', JAN.contactId, JAN.email));
  await user.click(within(dialog).getByRole('button', { name: '1 account aanmaken' }));

  await within(dialog).findByRole('heading', { name: 'Resultaat' }, SLOW);
  expect(dialogItem(dialog, JAN.name)).toHaveTextContent('Overgeslagen — Heeft al een account');
  expect(within(dialog).getByText('0 aangemaakt, 1 overgeslagen.')).toBeInTheDocument();
  expect(accountsOf(JAN.contactId)).toHaveLength(1);
  await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));

  // Selecting Jan again: the preview says so, and there is nothing to create.
  await waitFor(() => expect(listRow(JAN.name)).toHaveTextContent('Wacht op eerste login'), SLOW);
  await user.click(within(listRow(JAN.name)).getByRole('checkbox'));
  await user.click(screen.getByRole('button', { name: 'Account toevoegen' }));
  const again = await screen.findByRole('dialog');
  expect(await within(again).findByText('Heeft al een account', {}, SLOW)).toBeInTheDocument();
  expect(within(again).getByRole('button', { name: '0 accounts aanmaken' })).toBeDisabled();
  expect(accountsOf(JAN.contactId)).toHaveLength(1);
});
