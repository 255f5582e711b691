/**
 * A session ended from another of the customer's sessions, or by staff: this tab's next request
 * lands on the login page, which says which, in Dutch and English.
 */
import { screen } from '@testing-library/react';
import { db } from '../../../mocks/db';
import { call, tokenFor } from '../../../test/kit/api';
import { KLANT } from '../../../test/kit/people';
import { currentRoute, loginAs, meanwhile, renderApp } from '../../../test/kit/render';
import { apiPaths, withParams } from '../../core/api/paths';
import { markSessionEnded, readSession, sessionEndReason } from '../../core/session/session';

const ELSEWHERE = 'U bent elders uitgelogd: deze sessie is beëindigd vanuit een andere sessie van uw account. Log opnieuw in.';
const BY_STAFF = 'Uw organisatie heeft alle sessies van uw account beëindigd. Log opnieuw in.';

/** The customer, on another device, ends every session but that one. */
async function endOthersFromAnotherDevice() {
  const token = await tokenFor(KLANT);
  expect((await call('post', apiPaths.endOtherOwnSessions, apiPaths.endOtherOwnSessions, { token })).status).toBe(200);
}

async function endAllAsStaff() {
  const id = db.accountByUsername(KLANT)!.id;
  const path = withParams(apiPaths.accountSessionsEnd, { id });
  expect((await call('post', apiPaths.accountSessionsEnd, path, { token: await tokenFor('beheerder@hub.example') })).status).toBe(200);
}

async function openPortalThenNavigate(end: () => Promise<void>, locale?: 'en') {
  await loginAs(KLANT);
  const { user } = renderApp('/portal/permissions', { locale });
  await screen.findByRole('heading', { level: 1, name: locale ? 'My permissions' : 'Mijn rechten' });
  await meanwhile(end);
  await user.click(screen.getByRole('link', { name: locale ? 'My contracts' : 'Mijn contracten' }));
}

test('ended from another device: the next page opened is the login page, "U bent elders uitgelogd"', async () => {
  await openPortalThenNavigate(endOthersFromAnotherDevice);
  expect(await screen.findByText(ELSEWHERE)).toBeInTheDocument();
  expect(currentRoute()).toBe('/login');
  expect(readSession()).toBeNull();
  expect(screen.queryByText('Uw sessie is verlopen. Log opnieuw in.')).not.toBeInTheDocument();
});

test('in English: "You were signed out elsewhere"', async () => {
  await openPortalThenNavigate(endOthersFromAnotherDevice, 'en');
  expect(await screen.findByText(/^You were signed out elsewhere/)).toBeInTheDocument();
});

test('ended by staff: its own message', async () => {
  await openPortalThenNavigate(endAllAsStaff);
  expect(await screen.findByText(BY_STAFF)).toBeInTheDocument();
  expect(screen.queryByText(ELSEWHERE)).not.toBeInTheDocument();
});

test('a plain 401 afterwards never overwrites why; logging in forgets it', async () => {
  markSessionEnded('ended_elsewhere');
  markSessionEnded('expired');
  expect(sessionEndReason()).toBe('ended_elsewhere');
  await loginAs(KLANT);
  expect(sessionEndReason()).toBeNull();
});
