/** The login form's own help: empty fields marked and focused, and a way out after repeated failures. */
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../test/kit/render';

type User = ReturnType<typeof renderApp>['user'];

const username = () => screen.getByLabelText(/E-mailadres/, { selector: 'input' });
const password = () => screen.getByLabelText(/^Wachtwoord/, { selector: 'input' });

async function attempt(user: User, typedPassword: string) {
  await user.clear(password());
  await user.type(password(), typedPassword);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

it('an empty submit marks the empty fields and moves focus to the first of them', async () => {
  const { user } = renderApp('/login');
  await user.click(await screen.findByRole('button', { name: 'Inloggen' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Vul uw e-mailadres en wachtwoord in.');
  expect(username()).toHaveAttribute('aria-invalid', 'true');
  expect(password()).toHaveAttribute('aria-invalid', 'true');
  expect(username()).toHaveFocus();

  await user.type(username(), 'klant@hub.example');
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
  expect(username()).toHaveAttribute('aria-invalid', 'false');
  expect(password()).toHaveFocus();
});

it('after three refusals in a row it says a lock may follow and offers a new password', async () => {
  const { user } = renderApp('/login');
  await user.type(await screen.findByLabelText(/E-mailadres/, { selector: 'input' }), 'klant@hub.example');
  for (const typed of ['fout-1', 'fout-2']) {
    await attempt(user, typed);
    expect(await screen.findByRole('alert')).toHaveTextContent('Het e-mailadres of wachtwoord is onjuist.');
    expect(within(screen.getByRole('alert')).queryByRole('button')).not.toBeInTheDocument();
  }
  await attempt(user, 'fout-3');
  const alert = await screen.findByText(/Na herhaalde mislukte pogingen kan inloggen met dit e-mailadres een tijd geblokkeerd zijn/);
  await user.click(within(alert.closest('[role=alert]')!).getByRole('button', { name: 'Wachtwoord vergeten?' }));
  expect(await screen.findByRole('dialog', { name: 'Wachtwoord vergeten?' })).toBeInTheDocument();
  expect(screen.getByRole('dialog')).toContainElement(screen.getAllByDisplayValue('klant@hub.example').at(-1)!);
});
