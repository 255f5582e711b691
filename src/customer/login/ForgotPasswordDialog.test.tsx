/**
 * "Wachtwoord vergeten?" on the login page: the typed username comes along, it is checked before
 * anything is sent, and the answer is the same neutral message whether or not the account exists;
 * only an existing account gets a reset mail in the outbox.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '../../../mocks/db';
import { server, TEST_API_BASE } from '../../../mocks/node';
import { apiPaths } from '../../core/api/paths';
import { KLANT } from '../../../test/kit/people';
import { renderApp } from '../../../test/kit/render';

const NEUTRAL =
  'Als er een account bij dit e-mailadres hoort, ontvangt u een e-mail met een link om een nieuw wachtwoord in te stellen. De link is 1 uur geldig.';

type User = ReturnType<typeof renderApp>['user'];

async function openDialog(user: User) {
  await user.click(await screen.findByRole('button', { name: 'Wachtwoord vergeten?' }));
  return within(await screen.findByRole('dialog', { name: 'Wachtwoord vergeten?' }));
}

async function askForLink(username: string) {
  const { user } = renderApp('/login');
  const dialog = await openDialog(user);
  await user.click(dialog.getByLabelText(/E-mailadres/));
  await user.paste(username);
  await user.click(dialog.getByRole('button', { name: 'Link versturen' }));
  return { user, dialog };
}

const mailsTo = (username: string) => [...db.tables.mails.values()].filter((mail) => mail.to === username);

it('answers an existing account with the neutral message, and its reset mail is in the outbox', async () => {
  const { dialog } = await askForLink(KLANT);
  expect(await dialog.findByRole('status')).toHaveTextContent(NEUTRAL);
  expect(mailsTo(KLANT)).toEqual([expect.objectContaining({ kind: 'password_reset' })]);
});

it('answers an unknown username with the same message, and no mail goes out', async () => {
  const { dialog } = await askForLink('niemand@hub.example');
  expect(await dialog.findByRole('status')).toHaveTextContent(NEUTRAL);
  expect(db.tables.mails.size).toBe(0);
});

it('starts from the username typed in the login form, and closes back to the login page', async () => {
  const { user } = renderApp('/login');
  await user.click(await screen.findByLabelText(/E-mailadres/));
  await user.paste(KLANT);
  const dialog = await openDialog(user);
  expect(dialog.getByLabelText(/E-mailadres/)).toHaveValue(KLANT);
  await user.click(dialog.getByRole('button', { name: 'Link versturen' }));
  await user.click(await dialog.findByRole('button', { name: 'Sluiten' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(mailsTo(KLANT)).toHaveLength(1);
});

it('asks for an email address before sending anything, keeping what was typed', async () => {
  const sent: string[] = [];
  server.events.on('request:start', ({ request }) => void sent.push(new URL(request.url).pathname));
  const { user } = renderApp('/login');
  const dialog = await openDialog(user);
  const field = dialog.getByLabelText(/E-mailadres/);
  await user.click(dialog.getByRole('button', { name: 'Link versturen' }));
  expect(field).toHaveAccessibleDescription('Vul uw e-mailadres in.');
  expect(field).toHaveAttribute('aria-invalid', 'true');

  await user.type(field, 'klant@hub');
  await user.click(dialog.getByRole('button', { name: 'Link versturen' }));
  expect(field).toHaveAccessibleDescription('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.');
  expect(field).toHaveValue('klant@hub');

  await user.type(field, '.example');
  expect(field).toHaveAttribute('aria-invalid', 'false');
  server.events.removeAllListeners();
  expect(sent).not.toContain(`/api${apiPaths.forgotPassword}`);
});

it('says so when the Hub cannot be reached, and when it fails', async () => {
  server.use(http.post(`${TEST_API_BASE}${apiPaths.forgotPassword}`, () => HttpResponse.error()));
  const { user, dialog } = await askForLink(KLANT);
  expect(await dialog.findByRole('alert')).toHaveTextContent('De Hub is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.');
  expect(dialog.queryByRole('status')).not.toBeInTheDocument();

  server.use(http.post(`${TEST_API_BASE}${apiPaths.forgotPassword}`, () => HttpResponse.json({ error: { code: 'internal_error', message: 'Boom' } }, { status: 500 })));
  await user.click(dialog.getByRole('button', { name: 'Link versturen' }));
  expect(await dialog.findByRole('alert')).toHaveTextContent('Uw aanvraag kon niet worden verstuurd. Probeer het later opnieuw.');
  expect(dialog.getByLabelText(/E-mailadres/)).toHaveValue(KLANT);
});

it('is in English when English is chosen', async () => {
  const { user } = renderApp('/login', { locale: 'en' });
  await user.click(await screen.findByRole('button', { name: 'Forgot your password?' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'Forgot your password?' }));
  await user.type(dialog.getByLabelText(/Email address/), 'niemand@hub.example');
  await user.click(dialog.getByRole('button', { name: 'Send link' }));
  expect(await dialog.findByRole('status')).toHaveTextContent(/^If an account belongs to this email address/);
});
