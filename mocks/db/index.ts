/** The mock's data: the store, its queries and the rules around accounts and sessions. */
import { resetClock } from './clock';
import { config, resetConfig } from './config';
import { resetProbeBudgets } from './probeBudget';
import type { SeedOptions } from './seed';
import { reseed } from './store';

export { db, reseed, subscribe } from './store';
export { queryContacts, contactSortFields, fold, type ContactQuery, type ContactSortField } from './contactQuery';
export { accountStatus, isBlockedFor, isShared, organizationsOf, OTHER_ORGANIZATION, toAccountSummary, withOrganizationBlock } from './accounts';
export { visibleContactsOf } from './customerScope';
export { openSession, findSession, endSessionsOf, endOtherSessionsOf, endPreviewsBy, endSession, dropSession, openSessionsOf, touchSession, userAgentOf } from './sessions';
export { recordEvent, SYSTEM_ACTOR, type Actor } from './events';
export { config } from './config';
export { now, nowIso, advanceClock } from './clock';
export { DEFAULT_SEED_CONTACTS, KLANT_CONTACT_IDS, SEEDED_TEMPORARY_PASSWORD, SEEDED_USER_AGENTS, dossierNumber, type SeedOptions } from './seed';
export type * from './types';

/** A fresh deterministic store with default rules and the real clock: what each test starts from. */
export function resetDb(options: SeedOptions = {}): void {
  resetClock();
  resetConfig();
  config.staffMustEnrol = options.secondFactors ?? false;
  resetProbeBudgets();
  reseed(options);
}
