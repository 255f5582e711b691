/** The account's timeline in the contact's panel: what happened, by whom and when, newest first. */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { advanceClock, db, recordEvent, SYSTEM_ACTOR } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { accountIdOf, accountPanel, actionUrl, openContact, timeline } from '../../../../test/kit/account';
import { EVA } from '../../../../test/kit/people';

const MINUTE = 60_000;

/** Each entry's text, newest first. */
const entries = (region: HTMLElement) => within(region).getAllByRole('listitem').map((item) => item.textContent);

function eventsOfEva(...types: Parameters<typeof recordEvent>[0][]) {
  const account = db.tables.accounts.get(accountIdOf(EVA.contactId))!;
  for (const type of types) {
    advanceClock(MINUTE);
    recordEvent(type, account, type === 'first_login' ? account : SYSTEM_ACTOR);
  }
}

it('shows each event with its translated type, who did it (the system, translated) and when, newest first', async () => {
  eventsOfEva('welcome_mail_sent', 'first_login');
  await openContact(EVA.contactId);
  const region = await timeline();
  await waitFor(() => expect(entries(region)).toHaveLength(3));
  const [login, mail, created] = within(region).getAllByRole('listitem');
  expect(login).toHaveTextContent(`Eerste keer ingelogd`);
  expect(login).toHaveTextContent(`door ${EVA.name}`);
  expect(mail).toHaveTextContent('Welkomstmail verstuurd');
  expect(mail).toHaveTextContent('door Hub (systeem)');
  expect(created).toHaveTextContent('Account aangemaakt');
  expect(created).toHaveTextContent('door Marloes van Dijk');
  const createdAt = db.accountOfContact(EVA.contactId)!.createdAt;
  const when = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(createdAt));
  expect(within(created).getByText(when)).toHaveAttribute('datetime', createdAt);
});

it('is in English with an English date when English is chosen', async () => {
  eventsOfEva('welcome_mail_sent');
  await openContact(EVA.contactId, 'beheerder@hub.example', 'en');
  const region = await timeline('Timeline');
  await waitFor(() => expect(entries(region)).toHaveLength(2));
  const [mail, created] = within(region).getAllByRole('listitem');
  expect(mail).toHaveTextContent('Welcome mail sent');
  expect(mail).toHaveTextContent('by Hub (system)');
  const createdAt = db.accountOfContact(EVA.contactId)!.createdAt;
  expect(created).toHaveTextContent(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(createdAt)));
});

it('gets the new event at the top after an action', async () => {
  const { user } = await openContact(EVA.contactId);
  const region = await timeline();
  await waitFor(() => expect(entries(region)).toHaveLength(1));
  await user.click(within(accountPanel()).getByRole('button', { name: 'Account blokkeren' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Blokkeren' }));

  await waitFor(() => expect(entries(region)).toHaveLength(2));
  expect(within(region).getAllByRole('listitem')[0]).toHaveTextContent(/Account geblokkeerd.*door Marloes van Dijk/);
});

it('shows the latest ten, and ten more on request', async () => {
  eventsOfEva(...Array.from({ length: 12 }, () => 'locked' as const));
  const { user } = await openContact(EVA.contactId);
  const region = await timeline();
  await waitFor(() => expect(entries(region)).toHaveLength(10));
  expect(entries(region).every((text) => text?.startsWith('Vergrendeld'))).toBe(true);

  await user.click(within(region).getByRole('button', { name: 'Meer tonen' }));
  await waitFor(() => expect(entries(region)).toHaveLength(13));
  expect(entries(region)[12]).toMatch(/^Account aangemaakt/);
  expect(within(region).queryByRole('button', { name: 'Meer tonen' })).not.toBeInTheDocument();
});

it('says when it could not be loaded, and loads on "Opnieuw proberen"', async () => {
  let failing = true;
  // While failing, every request (the automatic retry too) answers 500; then the real handler answers.
  server.use(
    http.get(actionUrl('accountEvents', accountIdOf(EVA.contactId)), () =>
      failing ? HttpResponse.json({ error: { code: 'internal', message: 'Boom' } }, { status: 500 }) : undefined,
    ),
  );
  const { user } = await openContact(EVA.contactId);
  const region = await timeline();
  expect(await within(region).findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent('De tijdlijn kon niet worden geladen.');
  failing = false;
  await user.click(within(region).getByRole('button', { name: 'Opnieuw proberen' }));
  await waitFor(() => expect(entries(region)).toEqual([expect.stringMatching(/^Account aangemaakt/)]));
});

it('shows a loading placeholder until the events arrive', async () => {
  let answer!: () => void;
  const held = new Promise<void>((resolve) => (answer = resolve));
  // Hold the first answer back, then let the real handler answer.
  server.use(http.get(actionUrl('accountEvents', accountIdOf(EVA.contactId)), async () => { await held; }, { once: true }));
  await openContact(EVA.contactId);
  const region = await timeline();
  expect(within(region).getByRole('status', { name: 'Tijdlijn laden…' })).toBeInTheDocument();
  expect(within(region).queryByRole('listitem')).not.toBeInTheDocument();
  answer();
  await waitFor(() => expect(entries(region)).toHaveLength(1));
  expect(within(region).queryByRole('status')).not.toBeInTheDocument();
});

it('starts with the creation and the welcome mail of an account just added, and follows its actions', async () => {
  const { user } = await openContact(1); // Jan de Vries, no account yet
  await user.click(await screen.findByRole('button', { name: 'Account toevoegen' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Account aanmaken' }));
  await user.click(await within(dialog).findByRole('button', { name: 'Sluiten' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  const region = await timeline();
  await waitFor(() => expect(entries(region)).toEqual([
    expect.stringMatching(/^Welkomstmail verstuurd.*door Hub \(systeem\)/),
    expect.stringMatching(/^Account aangemaakt.*door Marloes van Dijk/),
  ]));
  await user.click(within(accountPanel()).getByRole('button', { name: 'Account blokkeren' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Blokkeren' }));
  await waitFor(() => expect(entries(region)).toHaveLength(3));
  expect(entries(region)[0]).toMatch(/^Account geblokkeerd/);
}, 40_000); // the whole creation dialog as well: slow on a busy machine
