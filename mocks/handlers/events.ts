/**
 * Account events as simple-rest lists: the audit list (Beheerder, the whole organisation) and one
 * account's timeline (Beheerder and Relatiebeheerder). Both are scoped to the caller's organisation,
 * and name only its own staff: another organisation's staff (a shared customer's other
 * organisation) appear as "another organisation", and filters and sorting see only that.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { db, OTHER_ORGANIZATION, type AccountEventRow } from '../db';
import { ApiError, authorize, endpoint, HttpResponse, pathId, route, type Caller, type Schemas } from '../http';
import { contentRange, filterIds, filterInteger, filterString, parseListParams } from '../simpleRest';
import { accountInReach } from './accountLifecycle';

const sortFields = ['at', 'id', 'type', 'actorName', 'username'] as const;
type Event = Schemas['AccountEvent'];
const eventTypes: readonly string[] = ['created', 'welcome_mail_sent', 'temporary_password_renewed', 'first_login', 'password_changed', 'blocked', 'unblocked', 'locked', 'password_reset_requested', 'password_reset_completed', 'previewed', 'address_checked'] satisfies Event['type'][];

/** Staff of another organisation than the viewer's (customers and the system are no one's staff). */
function actorIsElsewhere(row: AccountEventRow, organizationId: number | null): boolean {
  if (row.actorId === null || row.actorRole === 'klant') return false;
  return db.tables.accounts.get(row.actorId)?.organizationId !== organizationId;
}

function toEvent(row: AccountEventRow, contactId: number, organizationId: number | null): Event {
  const contact = db.tables.contacts.get(contactId)!;
  const contactName = [contact.firstName, contact.middleName, contact.lastName].filter(Boolean).join(' ');
  const { id, type, at, accountId, username } = row;
  const about = { id, type, at, accountId, username, contactId, contactName };
  if (actorIsElsewhere(row, organizationId)) {
    return { ...about, actorId: null, actorName: OTHER_ORGANIZATION, actorRole: null, actorFromOtherOrganization: true };
  }
  return { ...about, actorId: row.actorId, actorName: row.actorName, actorRole: row.actorRole, actorFromOtherOrganization: false };
}

function filterTypes(filter: Record<string, unknown>): string[] | undefined {
  const value = filter.type;
  if (value === undefined || value === null || value === '') return undefined;
  const types = Array.isArray(value) ? value : [value];
  if (!types.every((t) => typeof t === 'string' && eventTypes.includes(t))) {
    throw new ApiError(400, 'invalid_query', `filter.type must be one or more of ${eventTypes.join(', ')}.`, { type: 'Unknown event type.' });
  }
  return types as string[];
}

/** The list response for `request`, limited to `accountId` when given. */
async function listEvents(caller: Caller, request: Request, accountId?: number) {
  const { sort, range, filter } = await parseListParams(new URL(request.url), sortFields, 'at');
  const orgId = caller.account.organizationId;
  const contactId = filterInteger(filter, 'contactId');
  const onlyAccount = accountId ?? filterInteger(filter, 'accountId');
  const actorId = filterInteger(filter, 'actorId');
  const actor = filterString(filter, 'actor')?.toLowerCase();
  const q = filterString(filter, 'q')?.toLowerCase();
  const types = filterTypes(filter);
  const ids = filterIds(filter);
  const url = new URL(request.url);
  // Newest first unless a sort is asked for: what a timeline and an audit list show by default.
  const order = url.searchParams.has('sort') ? sort.order : 'DESC';

  const matches: Event[] = [];
  for (const row of db.tables.events.values()) {
    const scoped = row.contactIds.find((id) => db.tables.contacts.get(id)?.organizationId === orgId && (contactId === undefined || id === contactId));
    if (scoped === undefined) continue;
    if (onlyAccount !== undefined && row.accountId !== onlyAccount) continue;
    if (types && !types.includes(row.type)) continue;
    if (ids && !ids.includes(row.id)) continue;
    // The actor filters read the event as the caller sees it, so they cannot probe hidden names.
    const event = toEvent(row, scoped, orgId);
    if (actorId !== undefined && event.actorId !== actorId) continue;
    if (actor && !event.actorName.toLowerCase().includes(actor)) continue;
    if (q && !`${event.actorName} ${event.username}`.toLowerCase().includes(q)) continue;
    matches.push(event);
  }
  const key = (e: Event) => e[sort.field] ?? '';
  matches.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id) * (order === 'ASC' ? 1 : -1));
  const page = matches.slice(range[0], range[1] + 1);
  return HttpResponse.json<Event[]>(page, { headers: { 'Content-Range': contentRange('events', range[0], page.length, matches.length) } });
}

export function eventHandlers(apiBase: string) {
  return [
    http.get(endpoint(apiBase, apiPaths.auditEvents), route(({ request }) => listEvents(authorize(request, 'audit', 'list'), request))),
    http.get(endpoint(apiBase, apiPaths.accountEvents), route(({ request, params }) => {
      const caller = authorize(request, 'accounts', 'show');
      return listEvents(caller, request, accountInReach(caller, pathId(params.id)).id);
    })),
  ];
}
