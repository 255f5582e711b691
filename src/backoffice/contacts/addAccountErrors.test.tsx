/**
 * The add-account dialog when things go wrong, and by keyboard alone: the typed email is always
 * kept, each failure says what happened where it matters, and a retry works.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { ACCOUNTS_URL } from '../../../test/kit/account';
import { createAccountAs } from '../../../test/kit/api';
import { EVA, FATIMA, JAN } from '../../../test/kit/people';
import { loginAs, meanwhile, renderApp } from '../../../test/kit/render';
import { countRequests } from '../../../test/kit/requests';
import { expectApiErrorLog } from '../../../test/kit/console';

afterEach(() => server.events.removeAllListeners());

async function openDialogFor(id: number) {
  await loginAs('beheerder@hub.example');
  const { user } = renderApp(`/contacts/${id}/show`);
  await user.click(await screen.findByRole('button', { name: 'Account toevoegen' }, { timeout: 10_000 }));
  const dialog = await screen.findByRole('dialog');
  const email = within(dialog).getByLabelText(/E-mail \(gebruikersnaam\)/) as HTMLInputElement;
  const submit = () => user.click(within(dialog).getByRole('button', { name: 'Account aanmaken' }));
  return { user, dialog, email, submit };
}

async function replaceEmail(user: ReturnType<typeof renderApp>['user'], email: HTMLInputElement, value: string) {
  await user.clear(email);
  await user.type(email, value);
}

it('shows "email in use" (409) next to the field and keeps the typed email', async () => {
  expectApiErrorLog('email_in_use');
  const { user, dialog, email, submit } = await openDialogFor(JAN.contactId);
  await replaceEmail(user, email, EVA.email);
  await submit();

  expect(await within(dialog).findByText('Dit e-mailadres is al de gebruikersnaam van een ander account.')).toBeInTheDocument();
  expect(email).toHaveValue(EVA.email);
  expect(email).toHaveAttribute('aria-invalid', 'true');
  expect(db.accountOfContact(JAN.contactId)).toBeUndefined();
});

it('tells the loser of a race that the contact already has an account, and refreshes the panel', async () => {
  expectApiErrorLog('contact_has_account');
  const { user, dialog, email, submit } = await openDialogFor(FATIMA.contactId);
  await user.type(email, 'fatima@voorbeeld.nl');
  // A colleague creates the account (and so gives the contact an email) while this dialog is open.
  await meanwhile(() => createAccountAs('relatiebeheerder@hub.example', FATIMA.contactId, 'f.elamrani@voorbeeld.nl'));
  await submit();

  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Dit contact heeft al een account');
  // The panel behind the dialog already shows the colleague's account...
  const panel = screen.getByRole('region', { name: 'Account', hidden: true });
  await waitFor(() => expect(within(panel).getByText('f.elamrani@voorbeeld.nl')).toBeInTheDocument());
  expect(within(panel).getByText('Ruud Visser')).toBeInTheDocument();
  // ...while the refetched contact did not overwrite what this user typed.
  expect(email).toHaveValue('fatima@voorbeeld.nl');

  await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(screen.queryByRole('button', { name: 'Account toevoegen' })).not.toBeInTheDocument();
});

it('puts a server-side 422 on the email field', async () => {
  expectApiErrorLog('validation_failed');
  server.use(
    http.post(ACCOUNTS_URL, () =>
      HttpResponse.json(
        { error: { code: 'validation_failed', message: 'Invalid.', fields: { email: 'Not a valid email address.' } } },
        { status: 422 },
      ),
    ),
  );
  const { dialog, email, submit } = await openDialogFor(JAN.contactId);
  await submit();
  expect(await within(dialog).findByText('Vul een geldig e-mailadres in.')).toBeInTheDocument();
  expect(email).toHaveValue(JAN.email);
});

it.each([
  ['a server error (500)', () => HttpResponse.json({ error: { code: 'internal', message: 'Boom' } }, { status: 500 }), 'internal'],
  ['a network failure', () => HttpResponse.error(), 'network_error'],
])('reports %s in the dialog and lets the user try again', async (_, failure, code) => {
  expectApiErrorLog(code);
  server.use(http.post(ACCOUNTS_URL, failure, { once: true }));
  const { user, dialog, email, submit } = await openDialogFor(JAN.contactId);
  await replaceEmail(user, email, 'Jan.de.Vries@Voorbeeld.nl');
  const posts = countRequests('POST', ACCOUNTS_URL);
  await submit();

  expect(await within(dialog).findByRole('alert')).toHaveTextContent(/kon niet worden aangemaakt.*Probeer het opnieuw/);
  expect(email).toHaveValue('Jan.de.Vries@Voorbeeld.nl');
  expect(db.accountOfContact(JAN.contactId)).toBeUndefined();

  await submit();
  expect(await within(dialog).findByLabelText('Tijdelijk wachtwoord')).toBeInTheDocument();
  expect(within(dialog).queryByText(/kon niet worden aangemaakt/)).not.toBeInTheDocument();
  expect(posts()).toBe(2);
  expect(db.accountOfContact(JAN.contactId)?.username).toBe('jan.de.vries@voorbeeld.nl');
});

/** Alerts outside the dialog: a toast would repeat what the dialog already says. */
function alertsBesides(dialog: HTMLElement) {
  return screen.queryAllByRole('alert', { hidden: true }).filter((alert) => !dialog.contains(alert));
}

it('says each failure once, in the dialog, and never again in a toast', async () => {
  expectApiErrorLog('email_in_use');
  expectApiErrorLog('internal');
  server.use(http.post(ACCOUNTS_URL, () => HttpResponse.json({ error: { code: 'internal', message: 'Boom' } }, { status: 500 }), { once: true }));
  const { user, dialog, email, submit } = await openDialogFor(JAN.contactId);
  await submit();
  expect(await within(dialog).findByRole('alert')).toHaveTextContent(/kon niet worden aangemaakt/);
  expect(alertsBesides(dialog)).toEqual([]);

  await replaceEmail(user, email, 'jan@');
  await submit();
  expect(await within(dialog).findByText('Vul een geldig e-mailadres in.')).toBeInTheDocument();
  expect(alertsBesides(dialog)).toEqual([]);

  await replaceEmail(user, email, EVA.email);
  await submit();
  expect(await within(dialog).findByText('Dit e-mailadres is al de gebruikersnaam van een ander account.')).toBeInTheDocument();
  expect(alertsBesides(dialog)).toEqual([]);
});

it('works by keyboard alone, with focus kept inside the dialog', async () => {
  await loginAs('beheerder@hub.example');
  const { user } = renderApp(`/contacts/${JAN.contactId}/show`);
  const add = await screen.findByRole('button', { name: 'Account toevoegen' }, { timeout: 10_000 });
  act(() => add.focus());
  await user.keyboard('{Enter}');
  const dialog = await screen.findByRole('dialog');
  const email = within(dialog).getByLabelText(/E-mail \(gebruikersnaam\)/);
  await waitFor(() => expect(email).toHaveFocus());

  for (let i = 0; i < 5; i++) {
    await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  }

  act(() => email.focus());
  await user.keyboard('{Enter}');
  const password = await within(dialog).findByLabelText('Tijdelijk wachtwoord');
  await waitFor(() => expect(password).toHaveFocus());
  await user.tab();
  expect(within(dialog).getByRole('button', { name: 'Tijdelijk wachtwoord kopiëren' })).toHaveFocus();
  await user.tab();
  expect(within(dialog).getByRole('button', { name: 'Sluiten' })).toHaveFocus();
  await user.keyboard('{Enter}');

  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(screen.getByRole('heading', { name: 'Account' })).toHaveFocus();
});
