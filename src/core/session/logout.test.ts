/**
 * Logout ends the session on the server (the token answers 401 afterwards), and in the browser at
 * once, even while the server is slow or down. Only the user whose session ended goes back to
 * the page they were on.
 */
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { call } from '../../../test/kit/api';
import { apiPaths } from '../api/paths';
import { apiUrl } from '../api/apiUrl';
import { authProvider, ENDED_IN_ANOTHER_TAB } from './authProvider';
import { readSession, sessionEndReason } from './session';
import { HttpError } from '../api/httpClient';

const logoutUrl = `${apiUrl}${apiPaths.logout}`;

async function logIn(username: string) {
  await authProvider.login({ username, password: 'demo' });
  return readSession()!.token;
}

/** Resolves with the Authorization header of the next logout request the API receives. */
function nextLogoutHeader(): Promise<string | null> {
  return new Promise((resolve) => {
    const listener = ({ request }: { request: Request }) => {
      if (request.url !== logoutUrl) return;
      server.events.removeListener('request:start', listener);
      resolve(request.headers.get('Authorization'));
    };
    server.events.on('request:start', listener);
  });
}

it('sends the token with the logout, and the API no longer accepts it', async () => {
  const token = await logIn('klant@hub.example');
  expect((await call('get', '/account/mine', '/account/mine', { token })).status).toBe(200);
  const header = nextLogoutHeader();
  await authProvider.logout({});
  expect(await header).toBe(`Bearer ${token}`);
  expect(readSession()).toBeNull();
  // The logout is not awaited: the token dies once the API has handled it.
  await vi.waitFor(async () => expect((await call('get', '/account/mine', '/account/mine', { token })).status).toBe(401));
});

it('ends the browser session at once while the API does not answer', async () => {
  await logIn('klant@hub.example');
  let answer: () => void = () => undefined;
  server.use(http.post(logoutUrl, () => new Promise<Response>((resolve) => (answer = () => resolve(new HttpResponse(null, { status: 204 }))))));
  const header = nextLogoutHeader();
  await authProvider.logout({});
  expect(readSession()).toBeNull();
  await header;
  answer();
});

it('ends the browser session when the API cannot be reached', async () => {
  await logIn('klant@hub.example');
  server.use(http.post(logoutUrl, () => HttpResponse.error()));
  await expect(authProvider.logout({})).resolves.toBeUndefined();
  expect(readSession()).toBeNull();
});

it('leaves the stored session alone when another tab ended ours and someone else logged in', async () => {
  const token = await logIn('beheerder@hub.example');
  await authProvider.logout(ENDED_IN_ANOTHER_TAB);
  expect(readSession()?.token).toBe(token);
  expect((await call('get', '/account/mine', '/account/mine', { token })).status).toBe(403);
});

describe('the page after logging in again', () => {
  const nextPath = '/contacts/3/show';

  it('is the page the same user was on', async () => {
    await logIn('beheerder@hub.example');
    await authProvider.logout({});
    expect(await authProvider.login({ username: 'beheerder@hub.example', password: 'demo', nextPath })).toEqual({ redirectTo: nextPath });
  });

  it('is their own home for another user, even of the same role', async () => {
    await logIn('beheerder@hub.example');
    await authProvider.logout({});
    expect(await authProvider.login({ username: 'beheerder2@hub.example', password: 'demo', nextPath })).toEqual({ redirectTo: '/contacts' });
  });

  it('is the page asked for when nobody was logged in before (a link opened while logged out)', async () => {
    expect(await authProvider.login({ username: 'beheerder@hub.example', password: 'demo', nextPath })).toEqual({ redirectTo: nextPath });
  });

  it('is their own home after a 401 ended another user\'s session', async () => {
    await logIn('beheerder@hub.example');
    await authProvider.checkError({ status: 401 }).catch(() => undefined);
    expect(await authProvider.login({ username: 'relatiebeheerder@hub.example', password: 'demo', nextPath })).toEqual({ redirectTo: '/contacts' });
  });
});

it("a late 401 answered to an earlier session's request leaves the session logged in since", async () => {
  const earlier = await logIn('klant@hub.example');
  await authProvider.logout({});
  const current = await logIn('beheerder@hub.example');
  const lateAnswer = new HttpError('Unauthorized', 401, { code: 'unauthorized', message: 'Unauthorized' }, earlier);
  await expect(authProvider.checkError(lateAnswer)).resolves.toBeUndefined();
  expect(readSession()?.token).toBe(current);
  expect(sessionEndReason()).toBeNull();
  // The current session's own 401 still ends it.
  await expect(authProvider.checkError(new HttpError('Unauthorized', 401, { code: 'unauthorized', message: 'Unauthorized' }, current))).rejects.toEqual({ message: false });
  expect(readSession()).toBeNull();
});
