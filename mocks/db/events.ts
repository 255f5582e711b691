/** The account event log (timeline and audit list): who did what to which account, and when. */
import { nowIso } from './clock';
import { db } from './store';
import type { AccountEventRow, AccountEventType, AccountRow } from './types';

/** Who did it: a logged-in user, or the system itself (mails, lockout). */
export type Actor = Pick<AccountRow, 'id' | 'displayName' | 'role'> | null;

export const SYSTEM_ACTOR: Actor = null;
const SYSTEM_NAME = 'Hub';

export function recordEvent(type: AccountEventType, account: AccountRow, actor: Actor): AccountEventRow {
  const event: AccountEventRow = {
    id: db.takeId('events'),
    type,
    at: nowIso(),
    accountId: account.id,
    username: account.username,
    contactIds: [...account.contactIds],
    actorId: actor?.id ?? null,
    actorName: actor?.displayName ?? SYSTEM_NAME,
    actorRole: actor?.role ?? null,
  };
  db.put('events', event);
  return event;
}
