/**
 * The demo's accounts are one list (mocks/db/logins.ts): the login page and the README offer the
 * same ones, each logs in with the password they name, and the README gives the seeded temporary
 * password of the accounts awaiting their first login.
 */
import { screen, within } from '@testing-library/react';
import { SEEDED_TEMPORARY_PASSWORD } from '../../mocks/db';
import { DEMO_PASSWORD, demoLogins } from '../../mocks/db/logins';
import { loginAs, renderApp } from '../../test/kit/render';
import readme from '../../README.md?raw';


/** The first column of the README's "Demo accounts" table. */
function readmeDemoAccounts(): string[] {
  const section = readme.split('### Demo accounts')[1].split(/\n#{2,3} /)[0];
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map(([, username]) => username);
}

it('lists in the README exactly the accounts of the login page, each with the password it names', async () => {
  const usernames = demoLogins.map(({ username }) => username);
  expect(readmeDemoAccounts()).toEqual(usernames);
  expect(readme).toContain(`password **\`${DEMO_PASSWORD}\`**`);
  for (const username of usernames) await expect(loginAs(username)).resolves.not.toThrow();

  renderApp('/login');
  const list = within(await screen.findByRole('region', { name: 'Demo-accounts' }, { timeout: 10_000 }));
  expect(list.getAllByRole('button').map((button) => button.textContent)).toEqual(
    demoLogins.map(({ username }) => expect.stringContaining(username)),
  );
});

it('gives in the README the temporary password of the accounts awaiting their first login', async () => {
  expect(readme).toContain(`**\`${SEEDED_TEMPORARY_PASSWORD}\`**`);
  await expect(loginAs('eva.janssen@voorbeeld.nl', SEEDED_TEMPORARY_PASSWORD)).resolves.not.toThrow();
});
