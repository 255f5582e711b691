/**
 * POST /account/accounts/bulk: many accounts, each item on its own. Items are checked, then
 * passwords hashed (asynchronous), then each item is re-checked and inserted synchronously, so a
 * concurrent or repeated run never makes a second account. No passwords in the answer: they go
 * out in the welcome mails.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { db, type ContactRow } from '../db';
import { ApiError, authorize, endpoint, HttpResponse, route, type Caller, type Schemas } from '../http';
import { readJsonBody } from '../requestValidation';
import { isEmail } from '../validation';
import { checkAccountAllowed, createCustomerAccount, preparePassword } from './accountCreation';

type Result = Schemas['BulkAccountResult'];
type Reason = Schemas['BulkSkipReason'];
const MAX_ITEMS = 500;

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
function assess(caller: Caller, item: Item): { contact: ContactRow; email: string } | { reason: Reason; email: string | null; accountId?: number } {
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

const skipped = (contactId: number, a: { reason: Reason; email: string | null; accountId?: number }): Result =>
  ({ contactId, email: a.email, result: 'skipped', reason: a.reason, accountId: a.accountId ?? null });

export function bulkAccountHandlers(apiBase: string) {
  return [
    http.post(endpoint(apiBase, apiPaths.accountsBulk), route(async ({ request }) => {
      const caller = authorize(request, 'accounts', 'create');
      const { items, dryRun } = readItems(await readJsonBody(request));
      const first = items.map((item) => assess(caller, item));
      const passwords = dryRun ? [] : await Promise.all(first.map((a) => ('reason' in a ? null : preparePassword())));
      const results = items.map((item, index): Result => {
        const before = first[index];
        if ('reason' in before) return skipped(item.contactId, before);
        // Assessed again: an earlier item of this request, or another request, may have taken it.
        const current = assess(caller, item);
        if ('reason' in current) return skipped(item.contactId, current);
        if (dryRun) return { contactId: item.contactId, email: current.email, result: 'ready', reason: null, accountId: null };
        const account = createCustomerAccount(caller, current.contact, current.email, passwords[index]!);
        return { contactId: item.contactId, email: account.username, result: 'created', reason: null, accountId: account.id };
      });
      const created = results.filter((r) => r.result === 'created').length;
      return HttpResponse.json<Schemas['BulkAccountResponse']>({ items: results, created, skipped: results.filter((r) => r.result === 'skipped').length });
    })),
  ];
}
