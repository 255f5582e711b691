/**
 * POST /account/accounts/bulk: many accounts, each item on its own. Items are checked, then
 * passwords hashed (asynchronous), then each item is re-checked and inserted synchronously, so a
 * concurrent or repeated run never makes a second account. No passwords at all: each welcome
 * mail carries an activation link. A dry run answers what the real run would, no more, within a budget
 * per staff member, and leaves a trace on every other organisation's account it finds.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { db, organizationsOf, recordEvent, type ContactRow } from '../db';
import { spendDryRunItems } from '../db/probeBudget';
import { ApiError, authorize, endpoint, errorResponse, HttpResponse, route, type Caller, type Schemas } from '../http';
import { readJsonBody } from '../requestValidation';
import { isEmail } from '../validation';
import { checkAccountAllowed, createCustomerAccount, prepareCredentials } from './accountCreation';

type Result = Schemas['BulkAccountResult'];
type Reason = Schemas['BulkSkipReason'];
const MAX_ITEMS = 500;

type Skip = { reason: Reason; email: string | null; accountId?: number };

interface Item {
  contactId: number;
  email: string | null | undefined;
}

function readItems({ body, problems }: Awaited<ReturnType<typeof readJsonBody>>): { items: Item[]; dryRun: boolean } {
  problems.throwIfAny();
  const { items, dryRun = false } = body;
  if (!Array.isArray(items)) throw new ApiError(400, 'invalid_type', 'items must be an array.', { items: 'Must be an array.' });
  if (typeof dryRun !== 'boolean') throw new ApiError(400, 'invalid_type', 'dryRun must be a boolean.', { dryRun: 'Must be true or false.' });
  if (items.length === 0 || items.length > MAX_ITEMS) {
    throw new ApiError(422, 'validation_failed', `Send 1 to ${MAX_ITEMS} items.`, { items: `Between 1 and ${MAX_ITEMS} items.` });
  }
  return {
    dryRun,
    items: items.map((item: unknown, index) => {
      const { contactId, email } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      if (!Number.isInteger(contactId) || (email !== undefined && email !== null && typeof email !== 'string')) {
        throw new ApiError(400, 'invalid_type', `items[${index}] needs an integer contactId and a string or null email.`, { [`items.${index}`]: 'Wrong types.' });
      }
      return { contactId: contactId as number, email: email as string | null | undefined };
    }),
  };
}

/** What the item would become: a contact and username, or the reason it is skipped. */
function assess(caller: Caller, item: Item): { contact: ContactRow; email: string } | Skip {
  const contact = db.tables.contacts.get(item.contactId);
  if (!contact || contact.organizationId !== caller.account.organizationId) return { reason: 'not_found', email: null };
  const email = (item.email ?? contact.email ?? '').trim().toLowerCase();
  if (!email) return { reason: 'no_email', email: null };
  if (!isEmail(email)) return { reason: 'invalid_email', email };
  try {
    checkAccountAllowed(contact, email);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { reason: error.code as Reason, email, accountId: db.accountOfContact(contact.id)?.id };
  }
  return { contact, email };
}

const skipped = (contactId: number, a: Skip): Result =>
  ({ contactId, email: a.email, result: 'skipped', reason: a.reason, accountId: a.accountId ?? null });

type WouldTake = { contacts: Set<number>; emails: Set<string> };

/** What the real run would answer for the item, given what its earlier ready items would have taken. */
function dryRunResult(caller: Caller, item: Item, current: ReturnType<typeof assess>, wouldTake: WouldTake): Result {
  // The real run checks the contact's account before the address.
  const accountChecks = !('reason' in current) || current.reason === 'email_in_use' || current.reason === 'contact_has_account';
  if (wouldTake.contacts.has(item.contactId) && accountChecks) return skipped(item.contactId, { reason: 'contact_has_account', email: current.email });
  if ('reason' in current) {
    traceOutsideHit(caller, current);
    return skipped(item.contactId, current);
  }
  if (wouldTake.emails.has(current.email)) return skipped(item.contactId, { reason: 'email_in_use', email: current.email });
  wouldTake.contacts.add(item.contactId);
  wouldTake.emails.add(current.email);
  return { contactId: item.contactId, email: current.email, result: 'ready', reason: null, accountId: null };
}

/** An address in use by an account with nothing in the caller's organisation: a trace on that account, for its organisations' audit. */
function traceOutsideHit(caller: Caller, assessed: Skip): void {
  if (assessed.reason !== 'email_in_use' || !assessed.email) return;
  const holder = db.accountByUsername(assessed.email)!;
  const ownOrganization = caller.account.organizationId;
  if (holder.organizationId === ownOrganization || organizationsOf(holder).includes(ownOrganization!)) return;
  recordEvent('address_checked', holder, caller.account);
}

export function bulkAccountHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.accountsBulk), route(async ({ request }) => {
      const caller = authorize(request, 'accounts', 'create');
      const { items, dryRun } = readItems(await readJsonBody(request));
      const overBudget = dryRun ? spendDryRunItems(caller.account.id, items.length) : null;
      if (overBudget) {
        return errorResponse(429, 'too_many_requests', 'Too many addresses checked in dry runs this hour.', undefined, undefined, { 'Retry-After': String(overBudget.retryAfterSeconds) });
      }
      // What the dry run's earlier ready items would have taken, as the real run's inserts do.
      const wouldTake: WouldTake = { contacts: new Set(), emails: new Set() };
      const first = items.map((item) => assess(caller, item));
      const credentials = dryRun ? [] : await Promise.all(first.map((a) => ('reason' in a ? null : prepareCredentials(false))));
      const results = items.map((item, index): Result => {
        // Assessed again: an earlier item of this request, or another request, may have taken it.
        const current = assess(caller, item);
        if (dryRun) return dryRunResult(caller, item, current, wouldTake);
        if ('reason' in current) return skipped(item.contactId, current);
        // Nothing prepared for it: it was not ready when the run began.
        if (!credentials[index]) return skipped(item.contactId, first[index] as Skip);
        const account = createCustomerAccount(caller, current.contact, current.email, credentials[index]!);
        return { contactId: item.contactId, email: account.username, result: 'created', reason: null, accountId: account.id };
      });
      const created = results.filter((r) => r.result === 'created').length;
      return HttpResponse.json<Schemas['BulkAccountResponse']>({ items: results, created, skipped: results.filter((r) => r.result === 'skipped').length });
    })),
  ];
}
