/** Forgot-password does the same work for every username, so its timing tells nothing. */
import { vi } from 'vitest';
import { db } from '../db';
import { call } from '../../test/kit/api';

test('a real account (first request or within 5 minutes), a blocked one and an unknown username each render one reset mail', async () => {
  db.saveAccount({ ...db.accountByUsername('thomas.vanleeuwen@voorbeeld.nl')!, blockedAt: new Date().toISOString() });
  // Rendering the mail's expiry in Dutch time is the costly step a real account used to add.
  const renders = vi.spyOn(Intl.DateTimeFormat.prototype as unknown as { format: unknown }, 'format', 'get');
  const counts = [];
  for (const username of ['klant@hub.example', 'klant@hub.example', 'thomas.vanleeuwen@voorbeeld.nl', 'niemand@hub.example', 'beheerder@hub.example']) {
    renders.mockClear();
    expect((await call('post', '/auth/forgot-password', '/auth/forgot-password', { body: { username } })).status).toBe(202);
    counts.push(renders.mock.calls.length);
  }
  expect(counts).toEqual([1, 1, 1, 1, 1]);
  expect([...db.tables.mails.values()].map((mail) => mail.to)).toEqual(['klant@hub.example']);
});
