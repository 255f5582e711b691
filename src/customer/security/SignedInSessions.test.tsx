/** "Waar bent u ingelogd": the customer's open sessions in words, each to end, and all others at once. */
import { screen, waitFor, within } from '@testing-library/react';
import { db } from '../../../mocks/db';
import { KLANT } from '../../../test/kit/people';
import { currentRoute, loginAs, renderApp } from '../../../test/kit/render';
import { readSession } from '../../core/session/session';

const openSessions = () => [...db.tables.sessions.values()].filter((row) => row.accountId === db.accountByUsername(KLANT)!.id && !row.endedReason);

async function sessionsSection(locale?: 'en') {
  await loginAs(KLANT);
  const rendered = renderApp('/portal/security', { locale });
  const section = await screen.findByRole('region', { name: locale ? 'Where you are signed in' : 'Waar bent u ingelogd' });
  return { ...rendered, section };
}

test('lists every open session in words, started and last active, this one marked', async () => {
  const { section } = await sessionsSection();
  const items = within(within(section).getByRole('list')).getAllByRole('listitem');
  // The seed's phone, laptop and tablet, and this test's own login.
  expect(items).toHaveLength(4);
  const texts = items.map((item) => item.textContent);
  expect(texts).toEqual(expect.arrayContaining([
    expect.stringContaining('Chrome op Android'),
    expect.stringContaining('Firefox op Windows'),
    expect.stringContaining('Safari op iOS'),
  ]));
  const current = items.filter((item) => within(item).queryByText('Dit apparaat'));
  expect(current).toHaveLength(1);
  const phone = items.find((item) => item.textContent!.includes('Chrome op Android'))!;
  expect(phone).toHaveTextContent(/Ingelogd op \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}/);
  expect(phone).toHaveTextContent(/Laatst actief op \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}/);
  expect(within(phone).queryByText('Dit apparaat')).not.toBeInTheDocument();
});

test('in English the devices and dates read in English', async () => {
  const { section } = await sessionsSection('en');
  expect(within(section).getByText('Chrome on Android')).toBeInTheDocument();
  expect(within(section).getByText('This device')).toBeInTheDocument();
  expect(within(section).getAllByText(/^Logged in on \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}$/).length).toBeGreaterThan(0);
});

test('"Uitloggen" on another session ends it at once: the list updates, and focus lands on what was done', async () => {
  const { user, section } = await sessionsSection();
  const phoneSession = openSessions().find((row) => row.userAgent?.includes('Android'))!;
  await user.click(within(section).getByRole('button', { name: /^Chrome op Android uitloggen, ingelogd op / }));
  const notice = await within(section).findByRole('status');
  await waitFor(() => expect(notice).toHaveTextContent('Chrome op Android is uitgelogd.'));
  expect(notice).toHaveFocus();
  await waitFor(() => expect(within(section).queryByText('Chrome op Android')).not.toBeInTheDocument());
  expect(within(within(section).getByRole('list')).getAllByRole('listitem')).toHaveLength(3);
  expect(db.tables.sessions.get(phoneSession.token)?.endedReason).toBe('session_ended_elsewhere');
  expect(readSession()).not.toBeNull();
});

test('a session that ended meanwhile says so, and leaves the list', async () => {
  const { user, section } = await sessionsSection();
  const tablet = openSessions().find((row) => row.userAgent?.includes('iPad'))!;
  db.deleteSession(tablet.token);
  await user.click(within(section).getByRole('button', { name: /^Safari op iOS uitloggen, ingelogd op / }));
  expect(await within(section).findByText('Die sessie was al beëindigd. De lijst is bijgewerkt.')).toBeInTheDocument();
  await waitFor(() => expect(within(section).queryByText('Safari op iOS')).not.toBeInTheDocument());
});

test('"Overal anders uitloggen" asks first; confirmed, only this session is left', async () => {
  const { user, section } = await sessionsSection();
  await user.click(within(section).getByRole('button', { name: 'Overal anders uitloggen' }));
  const dialog = await screen.findByRole('dialog', { name: 'Overal anders uitloggen?' });
  expect(dialog).toHaveTextContent('Uw 3 andere sessies worden uitgelogd. Hier blijft u ingelogd.');
  await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(openSessions()).toHaveLength(4);

  await user.click(within(section).getByRole('button', { name: 'Overal anders uitloggen' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Overal anders uitloggen' }));
  const notice = await within(section).findByText('U bent op 3 andere apparaten uitgelogd.');
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(within(section).getByRole('status')).toHaveFocus();
  expect(notice).toBeVisible();
  await waitFor(() => expect(within(within(section).getByRole('list')).getAllByRole('listitem')).toHaveLength(1));
  expect(openSessions()).toHaveLength(1);
  expect(openSessions()[0].token).toBe(readSession()!.token);
  expect(within(section).queryByRole('button', { name: 'Overal anders uitloggen' })).not.toBeInTheDocument();
});

test('ending this device\'s session from the list logs this tab out, to the login page', async () => {
  const { user, section } = await sessionsSection();
  const token = readSession()!.token;
  await user.click(within(section).getByRole('button', { name: /^Uitloggen op dit apparaat/ }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/login');
  expect(readSession()).toBeNull();
  expect(db.tables.sessions.has(token)).toBe(false);
  // A logout of one's own: no "expired" or "elsewhere" notice.
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.queryByText(/verlopen|elders/)).not.toBeInTheDocument();
  expect(openSessions()).toHaveLength(3);
});
