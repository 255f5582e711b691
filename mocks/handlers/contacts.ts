/** Back office contacts (ra-data-simple-rest): staff see and change their own organisation's only. */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { contactSortFields, db, dossierNumber, now, queryContacts, type ContactRow } from '../db';
import { authorize, endpoint, HttpResponse, notFound, pathId, route, type Caller, type Schemas } from '../http';
import { readJsonBody } from '../requestValidation';
import { contentRange, filterBoolean, filterIds, filterInteger, filterString, parseListParams } from '../simpleRest';
import { parseContactInput } from './contactInput';
import { toContact } from './shapes';

/** The contact if it is within the caller's reach; otherwise 404, whether it exists or not. */
export function contactInReach(caller: Caller, id: number): ContactRow {
  const contact = db.tables.contacts.get(id);
  if (!contact || contact.organizationId !== caller.account.organizationId) throw notFound();
  return contact;
}

export function contactHandlers(apiBase: string) {
  return [
    http.get(endpoint(apiBase, apiPaths.contacts), route(async ({ request }) => {
      const caller = authorize(request, 'contacts', 'list');
      const { sort, range, filter } = await parseListParams(new URL(request.url), contactSortFields, 'id');
      const { items, total } = queryContacts({
        scopeOrganizationId: caller.account.organizationId!,
        q: filterString(filter, 'q'),
        hasAccount: filterBoolean(filter, 'hasAccount'),
        organizationId: filterInteger(filter, 'organizationId'),
        ids: filterIds(filter),
        sort,
        range,
      });
      return HttpResponse.json<Schemas['Contact'][]>(items.map((row) => toContact(row, caller.account.organizationId)), {
        headers: { 'Content-Range': contentRange('contacts', range[0], items.length, total) },
      });
    })),

    http.get(endpoint(apiBase, apiPaths.contact), route(({ request, params }) => {
      const caller = authorize(request, 'contacts', 'show');
      return HttpResponse.json<Schemas['Contact']>(toContact(contactInReach(caller, pathId(params.id)), caller.account.organizationId));
    })),

    http.post(endpoint(apiBase, apiPaths.contacts), route(async ({ request }) => {
      const caller = authorize(request, 'contacts', 'create');
      const input = parseContactInput(await readJsonBody(request));
      const id = db.takeId('contacts');
      const organizationId = caller.account.organizationId!;
      const timestamp = now();
      const contact: ContactRow = {
        id,
        organizationId,
        ...input,
        dossierNumber: input.dossierNumber ?? dossierNumber(organizationId, id),
        createdAt: timestamp,
        updatedAt: timestamp,
      };
      db.saveContact(contact);
      return HttpResponse.json<Schemas['Contact']>(toContact(contact, organizationId), { status: 201 });
    })),

    http.put(endpoint(apiBase, apiPaths.contact), route(async ({ request, params }) => {
      const caller = authorize(request, 'contacts', 'edit');
      const existing = contactInReach(caller, pathId(params.id));
      const input = await readJsonBody(request);
      // Re-read after the await: another request may have changed the contact meanwhile.
      const current = contactInReach(caller, existing.id);
      const contact: ContactRow = { ...current, ...parseContactInput(input, current), updatedAt: now() };
      db.saveContact(contact);
      return HttpResponse.json<Schemas['Contact']>(toContact(contact, caller.account.organizationId));
    })),
  ];
}
