/**
 * A blocked account: the customer's open portal ends at their next action (a navigation, or the
 * refetch when the window gets focus again) on the login page, which says the account is blocked.
 * Logging in to a blocked account says only what every failed login says; a locked username says
 * to wait (the lock answers the same whatever the password).
 */
import { act, screen } from '@testing-library/react';
import { focusManager } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { db } from '../../../mocks/db';
import { server, TEST_API_BASE } from '../../../mocks/node';
import { call, tokenFor } from '../../../test/kit/api';
import { KLANT } from '../../../test/kit/people';
import { currentRoute, loginAs, meanwhile, renderApp } from '../../../test/kit/render';
import { apiPaths } from '../../core/api/paths';
import { readSession } from '../../core/session/session';
import { expectApiErrorLog } from '../../../test/kit/console';

const BLOCKED = 'Uw account is geblokkeerd. Neem contact op met uw organisatie.';
const INVALID = 'Het e-mailadres of wachtwoord is onjuist.';
const LOCKED = 'Te veel mislukte pogingen voor dit e-mailadres. Probeer het later opnieuw, of kies een nieuw wachtwoord via "Wachtwoord vergeten?".';

type User = ReturnType<typeof renderApp>['user'];

/** The Beheerders of both the customer's organisations block the account through the API (one alone blocks it for theirs only). */
async function blockAsBeheerder(username: string) {
  const { id } = db.accountByUsername(username)!;
  for (const beheerder of ['beheerder@hub.example', 'beheerder2@hub.example']) {
    const { status } = await call('post', apiPaths.accountBlock, `/account/accounts/${id}/block`, { token: await tokenFor(beheerder) });
    expect(status).toBe(200);
  }
}

async function logIn(user: User, username: string, password: string) {
  await user.click(await screen.findByLabelText(/E-mailadres/));
  await user.paste(username);
  await user.type(screen.getByLabelText(/^Wachtwoord/, { selector: 'input' }), password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('when the account gets blocked while the portal is open', () => {
  beforeEach(() => loginAs(KLANT));

  it('the next page opened lands on the login page, which says the account is blocked', async () => {
    const { user } = renderApp('/portal/permissions');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn rechten' })).toBeInTheDocument();
    await meanwhile(() => blockAsBeheerder(KLANT));
    await user.click(screen.getByRole('link', { name: 'Mijn contracten' }));
    expect(await screen.findByText(BLOCKED)).toBeInTheDocument();
    expect(currentRoute()).toBe('/login');
    expect(readSession()).toBeNull();
    expect(screen.queryByText('Uw sessie is verlopen. Log opnieuw in.')).not.toBeInTheDocument();
  });

  it('a refetch on window focus does the same, without the page crashing or showing an error first', async () => {
    const crashes: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => void crashes.push(String(args[0])));
    renderApp('/portal');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
    await meanwhile(() => blockAsBeheerder(KLANT));
    // A minute on, the page's answers are no longer fresh: coming back to the tab asks again.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    expect(await screen.findByText(BLOCKED)).toBeInTheDocument();
    expect(currentRoute()).toBe('/login');
    vi.useRealTimers();
    spy.mockRestore();
    expect(crashes.filter((message) => /TypeError|crashed/.test(message))).toEqual([]);
  });

  it('a customer whose session merely expired is told that instead', async () => {
    const { user } = renderApp('/portal/permissions');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn rechten' })).toBeInTheDocument();
    for (const token of db.tables.sessions.keys()) db.deleteSession(token);
    await user.click(screen.getByRole('link', { name: 'Mijn contracten' }));
    expect(await screen.findByText('Uw sessie is verlopen. Log opnieuw in.')).toBeInTheDocument();
    expect(screen.queryByText(BLOCKED)).not.toBeInTheDocument();
  });
});

it('in the back office, a 401 account_blocked also ends the session with the blocked message', async () => {
  expectApiErrorLog('account_blocked');
  await loginAs('beheerder@hub.example');
  server.use(
    http.get(`${TEST_API_BASE}${apiPaths.contacts}`, () =>
      HttpResponse.json({ error: { code: 'account_blocked', message: 'Blocked.' } }, { status: 401 }),
    ),
  );
  renderApp('/contacts');
  // The back office's layout and list are chunks of their own: slower than the portal under load.
  expect(await screen.findByText(BLOCKED, undefined, { timeout: 8000 })).toBeInTheDocument();
  expect(currentRoute()).toBe('/login');
  expect(readSession()).toBeNull();
});

describe('logging in', () => {
  it('to a blocked account says what a wrong password says, even with the right password', async () => {
    await meanwhile(() => blockAsBeheerder(KLANT));
    const { user } = renderApp('/login');
    await logIn(user, KLANT, 'demo');
    expect(await screen.findByRole('alert')).toHaveTextContent(INVALID);
    expect(screen.queryByText(BLOCKED)).not.toBeInTheDocument();
    expect(currentRoute()).toBe('/login');
  });

  it('to a username locked after 10 failed logins says to wait, right password or not', async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      await call('post', apiPaths.login, apiPaths.login, { body: { username: KLANT, password: `fout-${attempt}` } });
    }
    const { user } = renderApp('/login');
    await logIn(user, KLANT, 'demo');
    expect(await screen.findByRole('alert')).toHaveTextContent(LOCKED);
    expect(screen.queryByText(BLOCKED)).not.toBeInTheDocument();
    expect(currentRoute()).toBe('/login');
  });
});
