/** "Wachtwoord wijzigen" from Mijn account: the current password, the new one twice, and the rule. */
import { screen, within } from '@testing-library/react';
import { authProvider } from '../../core/session/authProvider';
import { KLANT } from '../../../test/kit/people';
import { currentRoute, loginAs, renderApp } from '../../../test/kit/render';

type User = ReturnType<typeof renderApp>['user'];

async function fill(user: User, label: RegExp, text: string) {
  const input = await screen.findByLabelText(label, { selector: 'input' });
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

it('is reached from Mijn account, says a wrong current password at its field, and saves the new one', async () => {
  await loginAs(KLANT);
  const { user } = renderApp('/portal');
  await user.click(await screen.findByRole('link', { name: 'Wachtwoord wijzigen' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/portal/password');

  await fill(user, /^Huidig wachtwoord/, 'niet-het-goede');
  await fill(user, /^Nieuw wachtwoord/, 'Herfst-in-het-bos-2026');
  await fill(user, /^Herhaal nieuw wachtwoord/, 'Herfst-in-het-bos-2026');
  await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
  expect(await screen.findByText('Uw huidige wachtwoord is niet juist.')).toBeInTheDocument();
  expect(screen.getByLabelText(/^Huidig wachtwoord/, { selector: 'input' })).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByLabelText(/^Nieuw wachtwoord/, { selector: 'input' })).toHaveValue('Herfst-in-het-bos-2026');

  await fill(user, /^Huidig wachtwoord/, 'demo');
  await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
  expect(await screen.findByRole('status')).toHaveTextContent('Uw nieuwe wachtwoord is opgeslagen.');
  expect(currentRoute()).toBe('/portal');
  await expect(authProvider.login({ username: KLANT, password: 'demo' })).rejects.toBeTruthy();
});

it('asks for the current password before anything is sent, and names the rule the API refused', async () => {
  await loginAs(KLANT);
  const { user } = renderApp('/portal/password');
  await fill(user, /^Nieuw wachtwoord/, 'wachtwoord123');
  await fill(user, /^Herhaal nieuw wachtwoord/, 'wachtwoord123');
  await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
  expect(within(screen.getByLabelText(/^Huidig wachtwoord/, { selector: 'input' }).closest('.MuiFormControl-root')!).getByText('Verplicht')).toBeInTheDocument();
  await fill(user, /^Huidig wachtwoord/, 'demo');
  await user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));
  expect(await screen.findByText('Dit wachtwoord wordt veel gebruikt of is uitgelekt. Kies een ander wachtwoord.', {}, { timeout: 15_000 })).toBeInTheDocument();
});
