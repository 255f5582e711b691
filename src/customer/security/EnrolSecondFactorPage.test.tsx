/** Staff without a second factor: the enrolment before anything else, no skip, then the recovery codes. */
import { screen, within } from '@testing-library/react';
import { db, resetDb } from '../../../mocks/db';
import { STAFF_WITHOUT_SECOND_FACTOR } from '../../../mocks/db/logins';
import { captureDownloads, textOf } from '../../../test/kit/csvDownloads';
import { KLANT_WITHOUT_CONTRACTS } from '../../../test/kit/people';
import { totpCode } from '../../../test/kit/secondFactor';
import { currentRoute, loginAs, renderApp } from '../../../test/kit/render';
import { readSession } from '../../core/session/session';

const downloads = captureDownloads();

beforeEach(() => resetDb({ secondFactors: true }));

test('a Beheerder without a factor is kept on the enrolment until an app is confirmed, then gets the recovery codes once', async () => {
  await loginAs(STAFF_WITHOUT_SECOND_FACTOR);
  expect(readSession()?.secondFactorEnrolmentRequired).toBe(true);
  const { user } = renderApp('/contacts');
  expect(await screen.findByRole('heading', { level: 1, name: 'Tweede factor instellen' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/second-factor/enrol');
  expect(screen.queryByRole('button', { name: /overslaan|later/i })).toBeNull();

  await user.click(screen.getByRole('button', { name: /^Authenticator-app/ }));
  const shownKey = (await screen.findByLabelText('Sleutel voor uw authenticator-app')).textContent!;
  const secret = shownKey.replace(/ /g, '');
  const field = screen.getByRole('textbox', { name: /^Code uit de app/ });
  const wrong = totpCode(20, secret);
  await user.click(field);
  await user.paste(wrong);
  await user.click(screen.getByRole('button', { name: 'App toevoegen' }));
  expect(await screen.findByText('Deze code klopt niet. Controleer de tijd op uw telefoon en vul de huidige code in.')).toBeInTheDocument();
  expect(field).toHaveValue(wrong);
  expect(readSession()?.secondFactorEnrolmentRequired).toBe(true);

  await user.clear(field);
  await user.paste(totpCode(0, secret));
  await user.click(screen.getByRole('button', { name: 'App toevoegen' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Herstelcodes' })).toBeInTheDocument();
  expect(readSession()?.secondFactorEnrolmentRequired).toBe(false);
  const codes = within(screen.getByRole('list', { name: 'Uw herstelcodes' })).getAllByRole('listitem').map((item) => item.textContent!);
  expect(codes).toHaveLength(10);
  await user.click(screen.getByRole('button', { name: 'Downloaden als .txt' }));
  expect(await textOf(downloads[0])).toContain(codes[9]);

  await user.click(screen.getByRole('checkbox', { name: 'Ik heb mijn herstelcodes bewaard' }));
  await user.click(screen.getByRole('button', { name: 'Naar de back office' }));
  await vi.waitFor(() => expect(currentRoute()).toBe('/contacts'));
  const staff = [...db.tables.accounts.values()].find((account) => account.username === STAFF_WITHOUT_SECOND_FACTOR)!;
  expect(db.tables.secondFactors.get(staff.id)?.totp).toBeTruthy();
}, 40_000); // a whole journey: slow on a busy machine

test('a session that needs no enrolment never sees the page', async () => {
  await loginAs(KLANT_WITHOUT_CONTRACTS);
  renderApp('/second-factor/enrol');
  expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
  expect(currentRoute()).toBe('/portal');
});
