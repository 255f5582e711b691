/**
 * The customer's security page: open sessions (ending one, or all others) and "Wie keek mee";
 * the staff's "Alle sessies beëindigen". Preview tokens read none of it.
 */
import { apiPaths } from '../../src/core/api/paths';
import { advanceClock, db, SEEDED_USER_AGENTS } from '../db';
import { call, tokenFor } from '../../test/kit/api';

const KLANT = 'klant@hub.example';
const THOMAS = 'thomas.vanleeuwen@voorbeeld.nl';
const CHROME_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const accountId = (username: string) => db.accountByUsername(username)!.id;

const sessions = (token?: string) => call('get', apiPaths.ownSessions, apiPaths.ownSessions, { token });
const endSession = (id: string, token?: string) => call('delete', apiPaths.ownSession, `/auth/sessions/${id}`, { token });
const endOthers = (token?: string) => call('post', apiPaths.endOtherOwnSessions, apiPaths.endOtherOwnSessions, { token });
const previews = (token?: string) => call('get', apiPaths.ownPreviews, apiPaths.ownPreviews, { token });
const mine = (token: string) => call('get', apiPaths.accountMine, apiPaths.accountMine, { token });
const endAll = (id: number, token?: string) => call('post', apiPaths.accountSessionsEnd, `/account/accounts/${id}/sessions/end`, { token });
const signInMethods = (id: number, token: string) => call('get', apiPaths.accountSignInMethods, `/account/accounts/${id}/sign-in-methods`, { token });

async function loginFrom(username: string, userAgent: string): Promise<string> {
  const { status, body } = await call('post', apiPaths.login, apiPaths.login, { body: { username, password: 'demo' }, headers: { 'User-Agent': userAgent } });
  expect(status).toBe(200);
  return body.data.token;
}

async function previewToken(staff: string, customer: string): Promise<string> {
  const { status, body } = await call('post', apiPaths.accountPreview, `/account/accounts/${accountId(customer)}/preview`, { token: await tokenFor(staff) });
  expect(status).toBe(200);
  return body.data.token;
}

describe('the open sessions', () => {
  test('lists every open session of the account, newest first, with its browser and system, this one marked', async () => {
    const token = await loginFrom(KLANT, CHROME_MAC);
    const { status, body } = await sessions(token);
    expect(status).toBe(200);
    const items = body.data.items;
    expect(items).toHaveLength(SEEDED_USER_AGENTS.length + 1);
    expect(items[0]).toMatchObject({ userAgent: CHROME_MAC, browser: 'Chrome', os: 'macOS', current: true });
    expect(items.slice(1).map((s: { browser: string; os: string }) => `${s.browser} / ${s.os}`)).toEqual(['Chrome / Android', 'Firefox / Windows', 'Safari / iOS']);
    expect(items.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    // Never a token: the id is the session's own.
    for (const item of items) expect([...db.tables.sessions.keys()]).not.toContain(item.id);
  });

  test('knows no browser when the login sent no User-Agent, and records when a session was last used', async () => {
    const token = await tokenFor(THOMAS);
    const [first] = (await sessions(token)).body.data.items;
    expect(first).toMatchObject({ userAgent: null, browser: null, os: null, current: true });
    advanceClock(5 * 60_000);
    const [later] = (await sessions(token)).body.data.items;
    // The clock is the real one, moved on: at least the 5 minutes, and not a minute more.
    expect(Date.parse(later.lastSeenAt) - Date.parse(first.lastSeenAt)).toBeGreaterThanOrEqual(5 * 60_000);
    expect(Date.parse(later.lastSeenAt) - Date.parse(first.lastSeenAt)).toBeLessThan(6 * 60_000);
  });

  test('ending another session: its next call says it was ended elsewhere, once, then it is simply unknown', async () => {
    const here = await loginFrom(THOMAS, CHROME_MAC);
    const there = await tokenFor(THOMAS);
    const other = (await sessions(here)).body.data.items.find((s: { current: boolean }) => !s.current);
    expect((await endSession(other.id, here)).status).toBe(204);
    const first = await mine(there);
    expect(first.status).toBe(401);
    expect(first.body.error.code).toBe('session_ended_elsewhere');
    expect((await mine(there)).body.error.code).toBe('unauthorized');
    expect((await mine(here)).status).toBe(200);
    expect((await sessions(here)).body.data.items).toHaveLength(1);
  });

  test('ending the current session logs this one out', async () => {
    const token = await tokenFor(THOMAS);
    const [current] = (await sessions(token)).body.data.items;
    expect((await endSession(current.id, token)).status).toBe(204);
    expect((await mine(token)).body.error.code).toBe('unauthorized');
  });

  test("another account's session, an unknown id and an ended one are 404", async () => {
    const klant = await tokenFor(KLANT);
    const thomas = await tokenFor(THOMAS);
    const klantSession = (await sessions(klant)).body.data.items[0];
    expect((await endSession(klantSession.id, thomas)).status).toBe(404);
    expect((await mine(klant)).status).toBe(200);
    expect((await endSession('x'.repeat(22), thomas)).status).toBe(404);
    const second = await tokenFor(THOMAS);
    const other = (await sessions(thomas)).body.data.items.find((s: { current: boolean }) => !s.current);
    await endSession(other.id, thomas);
    expect((await endSession(other.id, thomas)).status).toBe(404);
    expect((await mine(second)).status).toBe(401);
  });

  test('"Overal anders uitloggen" ends every other session and says how many', async () => {
    const here = await tokenFor(KLANT);
    const { status, body } = await endOthers(here);
    expect(status).toBe(200);
    expect(body.data.ended).toBe(SEEDED_USER_AGENTS.length);
    expect((await sessions(here)).body.data.items.map((s: { current: boolean }) => s.current)).toEqual([true]);
    expect((await endOthers(here)).body.data.ended).toBe(0);
  });
});

describe('"Wie keek mee"', () => {
  test("lists the customer's own previews only: staff member, organisation, start and end", async () => {
    const klant = await tokenFor(KLANT);
    const seeded = (await previews(klant)).body.data.items;
    expect(seeded).toEqual([expect.objectContaining({ staffName: 'Marloes van Dijk', organizationName: 'De Vaart Verzekeringen B.V.', organizationId: 1 })]);
    expect(Date.parse(seeded[0].endedAt) - Date.parse(seeded[0].startedAt)).toBe(6 * 60_000);

    const preview = await previewToken('beheerder2@hub.example', KLANT);
    await previewToken('beheerder@hub.example', THOMAS);
    const open = (await previews(klant)).body.data.items;
    expect(open.map((p: { staffName: string; endedAt: string | null }) => [p.staffName, p.endedAt === null])).toEqual([
      ['Erik van den Berg', true], ['Marloes van Dijk', false],
    ]);
    expect(open[0].organizationName).toBe('Noorderlicht Financieel Advies');
    // Leaving the preview ends it.
    advanceClock(3 * 60_000);
    await call('post', apiPaths.logout, apiPaths.logout, { token: preview });
    const [left] = (await previews(klant)).body.data.items;
    expect(Date.parse(left.endedAt) - Date.parse(left.startedAt)).toBeGreaterThanOrEqual(3 * 60_000);
    expect(Date.parse(left.endedAt) - Date.parse(left.startedAt)).toBeLessThan(4 * 60_000);
    // Thomas sees his own, not the demo customer's.
    expect((await previews(await tokenFor(THOMAS))).body.data.items.map((p: { staffName: string }) => p.staffName)).toEqual(['Marloes van Dijk']);
  });

  test('a preview that ran out ended at its expiry; one older than 12 months is no longer listed', async () => {
    await previewToken('beheerder@hub.example', THOMAS);
    advanceClock(20 * 60_000);
    const [ranOut] = (await previews(await tokenFor(THOMAS))).body.data.items;
    expect(Date.parse(ranOut.endedAt) - Date.parse(ranOut.startedAt)).toBe(15 * 60_000);
    advanceClock(366 * 24 * 3_600_000);
    expect((await previews(await tokenFor(THOMAS))).body.data.items).toEqual([]);
  });

  test('staff have no previews of their own: 403', async () => {
    const { status, body } = await previews(await tokenFor('beheerder@hub.example'));
    expect(status).toBe(403);
    expect(body.error.code).toBe('forbidden');
  });
});

describe('who may', () => {
  test('a preview token gets 403 preview_read_only on every one of them, and ends nothing', async () => {
    const preview = await previewToken('beheerder@hub.example', KLANT);
    const seeded = [...db.tables.sessions.values()].find((s) => s.accountId === accountId(KLANT) && !s.preview)!;
    for (const answer of [
      await sessions(preview), await endSession(seeded.id, preview), await endOthers(preview), await previews(preview), await endAll(accountId(KLANT), preview),
    ]) {
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('preview_read_only');
    }
    expect(db.tables.sessions.get(seeded.token)?.endedReason).toBeUndefined();
  });

  test('without a session every one of them is 401', async () => {
    for (const answer of [await sessions(), await endSession('x'.repeat(22)), await endOthers(), await previews(), await endAll(accountId(KLANT))]) {
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe('unauthorized');
    }
  });
});

describe('"Alle sessies beëindigen" by staff', () => {
  test('ends every session of the customer: each says so once; previews go on; the panel counts and the audit says who', async () => {
    const customer = await tokenFor(THOMAS);
    await tokenFor(THOMAS);
    const preview = await previewToken('relatiebeheerder@hub.example', THOMAS);
    const staff = await tokenFor('relatiebeheerder@hub.example');
    expect((await signInMethods(accountId(THOMAS), staff)).body.data.openSessions).toBe(2);
    const { status, body } = await endAll(accountId(THOMAS), staff);
    expect(status).toBe(200);
    expect(body.data.ended).toBe(2);
    const next = await mine(customer);
    expect(next.status).toBe(401);
    expect(next.body.error.code).toBe('session_ended_by_staff');
    expect((await mine(preview)).status).toBe(200);
    expect((await signInMethods(accountId(THOMAS), staff)).body.data.openSessions).toBe(0);
    const events = [...db.tables.events.values()].filter((e) => e.accountId === accountId(THOMAS) && e.type === 'sessions_ended');
    expect(events).toEqual([expect.objectContaining({ actorName: 'Ruud Visser', actorRole: 'relatiebeheerder' })]);
  });

  test('a Medewerker gets 403, another organisation 404, a customer 403; nothing ends', async () => {
    await tokenFor(THOMAS);
    const medewerker = await endAll(accountId(THOMAS), await tokenFor('medewerker@hub.example'));
    expect([medewerker.status, medewerker.body.error.code]).toEqual([403, 'forbidden']);
    expect((await endAll(accountId(THOMAS), await tokenFor('beheerder2@hub.example'))).status).toBe(404);
    expect((await endAll(accountId(THOMAS), await tokenFor(KLANT))).status).toBe(403);
    expect((await endAll(accountId('beheerder@hub.example'), await tokenFor('beheerder@hub.example'))).status).toBe(404);
    expect([...db.tables.sessions.values()].filter((s) => s.endedReason)).toEqual([]);
    expect([...db.tables.events.values()].filter((e) => e.type === 'sessions_ended')).toEqual([]);
  });
});
