/**
 * The activation link in the account panel: "Wacht op activering", the link's expiry, and
 * "Activeringslink opnieuw sturen", against the real mock API.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { apiPaths } from '../../../core/api/paths';
import { formatDateTime } from '../../../core/ui/format';
import { advanceClock, db } from '../../../../mocks/db';
import { accountIdOf, accountPanel, openContact, statusOf, timeline } from '../../../../test/kit/account';
import { call, tokenFor } from '../../../../test/kit/api';
import { EVA, JAN, MILA, THOMAS } from '../../../../test/kit/people';
import { meanwhile } from '../../../../test/kit/render';

vi.setConfig({ testTimeout: 45_000 });

const RESEND = { name: 'Activeringslink opnieuw sturen' };
const DAY = 24 * 3_600_000;

/** Jan gets an account through bulk creation: no temporary password, only the mailed activation link. */
async function janCreatedInBulk() {
  const { status } = await call('post', apiPaths.accountsBulk, apiPaths.accountsBulk, {
    token: await tokenFor('beheerder@hub.example'),
    body: { items: [{ contactId: JAN.contactId }] },
  });
  if (status !== 200) throw new Error(`bulk creation: ${status}`);
}

/** The panel's account details as term → description (the sign-in methods have their own list). */
function detailsOf(panel = accountPanel(true)): Record<string, string> {
  const details = panel.querySelector('dl')!;
  return Object.fromEntries([...details.querySelectorAll(':scope > dt')].map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']));
}

/** The activation mails sent to `email`, welcome mails included. */
const linkMailsTo = (email: string) => [...db.tables.mails.values()].filter((mail) => mail.to === email && /#\/activate\?token=/.test(mail.text));

it('shows "Wacht op activering" and until when the link is valid', async () => {
  await janCreatedInBulk();
  await openContact(JAN.contactId);
  await waitFor(() => expect(statusOf()).toBe('Wacht op activering'));
  const expiresAt = db.accountOfContact(JAN.contactId)!.activationExpiresAt!;
  expect(detailsOf()['Activeringslink geldig tot']).toBe(formatDateTime(expiresAt, 'nl'));
  expect(detailsOf()).not.toHaveProperty('Activeringslink verlopen op');
});

it('says when the link expired, in English too', async () => {
  await janCreatedInBulk();
  advanceClock(7 * DAY + 60_000);
  await openContact(JAN.contactId, 'beheerder@hub.example', 'en');
  await waitFor(() => expect(statusOf()).toBe('Awaiting activation'));
  const expiresAt = db.accountOfContact(JAN.contactId)!.activationExpiresAt!;
  expect(detailsOf()['Activation link expired on']).toBe(formatDateTime(expiresAt, 'en'));
  expect(detailsOf()).not.toHaveProperty('Activation link valid until');
});

it.each([
  ['awaiting activation', JAN, janCreatedInBulk],
  ['awaiting the first login', EVA, async () => {}],
  ['with an expired temporary password', MILA, async () => {}],
])('offers a new link for an account %s', async (_, person, arrange) => {
  await arrange();
  await openContact(person.contactId);
  expect(await within(accountPanel()).findByRole('button', RESEND)).toBeInTheDocument();
});

it('offers no new link for an active account (the API would refuse)', async () => {
  await openContact(THOMAS.contactId);
  expect(await within(accountPanel()).findByRole('button', { name: 'Account blokkeren' })).toBeInTheDocument();
  expect(within(accountPanel()).queryByRole('button', RESEND)).not.toBeInTheDocument();
});

it('offers no new link for a blocked account, nor shows its link (neither works while blocked)', async () => {
  await janCreatedInBulk();
  db.saveAccount({ ...db.tables.accounts.get(accountIdOf(JAN.contactId))!, blockedAt: new Date().toISOString() });
  await openContact(JAN.contactId);
  expect(await within(accountPanel()).findByRole('button', { name: 'Account deblokkeren' })).toBeInTheDocument();
  expect(within(accountPanel()).queryByRole('button', RESEND)).not.toBeInTheDocument();
  expect(Object.keys(detailsOf()).filter((term) => term.startsWith('Activeringslink'))).toEqual([]);
});

it('offers a Medewerker no new link', async () => {
  await openContact(MILA.contactId, 'medewerker@hub.example');
  expect(await within(accountPanel()).findByText(MILA.email)).toBeInTheDocument();
  expect(within(accountPanel()).queryByRole('button', RESEND)).not.toBeInTheDocument();
});

it('sends a new link after a confirmation naming the customer and the address: the panel shows its expiry', async () => {
  const { user } = await openContact(MILA.contactId);
  await waitFor(() => expect(statusOf()).toBe('Tijdelijk wachtwoord verlopen'));
  await user.click(within(accountPanel()).getByRole('button', RESEND));

  const dialog = await screen.findByRole('dialog');
  expect(dialog).toHaveAccessibleName(`Activeringslink opnieuw sturen aan ${MILA.name}?`);
  expect(dialog).toHaveAccessibleDescription(new RegExp(`op ${MILA.email} een nieuwe activeringslink.*7 dagen geldig`));
  await user.click(within(dialog).getByRole('button', { name: 'Link sturen' }));

  expect(await screen.findByText(`Activeringslink verstuurd aan ${MILA.email}`)).toBeInTheDocument();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(statusOf()).toBe('Wacht op activering');
  expect(detailsOf()['Activeringslink geldig tot']).toBe(formatDateTime(db.accountOfContact(MILA.contactId)!.activationExpiresAt!, 'nl'));
  expect(within(accountPanel()).getByRole('button', RESEND)).toHaveFocus();
  expect(linkMailsTo(MILA.email)).toHaveLength(1);
  const [newest] = await within(await timeline()).findAllByRole('listitem');
  expect(newest).toHaveTextContent(/^Activeringslink verstuurd.*door Marloes van Dijk$/);
});

it('is called "Send activation link again" in English', async () => {
  const { user } = await openContact(EVA.contactId, 'relatiebeheerder@hub.example', 'en');
  await user.click(await within(accountPanel()).findByRole('button', { name: 'Send activation link again' }));
  const dialog = await screen.findByRole('dialog', { name: `Send the activation link to ${EVA.name} again?` });
  expect(dialog).toHaveAccessibleDescription(new RegExp(`at ${EVA.email} to choose their own password`));
  await user.click(within(dialog).getByRole('button', { name: 'Send link' }));
  expect(await screen.findByText(`Activation link sent to ${EVA.email}`)).toBeInTheDocument();
  expect(detailsOf()['Activation link valid until']).toBe(formatDateTime(db.accountOfContact(EVA.contactId)!.activationExpiresAt!, 'en'));
});

it('sends nothing when cancelled', async () => {
  const { user } = await openContact(MILA.contactId);
  await user.click(await within(accountPanel()).findByRole('button', RESEND));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Annuleren' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(linkMailsTo(MILA.email)).toHaveLength(0);
  expect(within(accountPanel()).getByRole('button', RESEND)).toHaveFocus();
});

it('the customer activated meanwhile (account_active): the dialog says so, offers only Close, and the action goes', async () => {
  await janCreatedInBulk();
  const { user } = await openContact(JAN.contactId);
  await user.click(await within(accountPanel()).findByRole('button', RESEND));
  const dialog = await screen.findByRole('dialog');
  await meanwhile(async () => {
    const token = /#\/activate\?token=([\w-]+)/.exec(linkMailsTo(JAN.email).at(-1)!.text)![1];
    const { status } = await call('post', apiPaths.activation, apiPaths.activation, { body: { token, newPassword: 'een-eigen-wachtwoord' } });
    if (status !== 200) throw new Error(`activation: ${status}`);
  });
  await user.click(within(dialog).getByRole('button', { name: 'Link sturen' }));

  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Deze klant heeft al een eigen wachtwoord, dus activeren is niet meer nodig.');
  expect(within(dialog).queryByRole('button', { name: 'Link sturen' })).not.toBeInTheDocument();
  await waitFor(() => expect(statusOf()).toBe('Actief'));
  await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(within(accountPanel()).queryByRole('button', RESEND)).not.toBeInTheDocument();
  expect(within(accountPanel()).getByRole('button', { name: 'Account blokkeren' })).toHaveFocus();
});
