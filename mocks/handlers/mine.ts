/**
 * The partner document's customer endpoints (role `klant`), in its `{data: {items}}` envelope.
 * They show only the dossiers of organisations that have not blocked the customer (visibleContactsOf).
 */
import { http } from 'msw';
import { apiPaths } from '../../src/api/paths';
import { db, visibleContactsOf, type AccountRow } from '../db';
import { authorize, endpoint, HttpResponse, notFound, pathId, route, type Schemas } from '../http';
import { toContractDetail, toContractListItem } from './shapes';

const items = <T>(list: T[]) => ({ data: { items: list } });

function contractsOf(account: AccountRow) {
  return visibleContactsOf(account).flatMap((contact) => db.contractIdsOfContact(contact.id)).map((id) => db.tables.contracts.get(id)!);
}

function toAccountMine(account: AccountRow): Schemas['AccountMine'] {
  const contacts = visibleContactsOf(account);
  const person = contacts[0];
  const dossiers: Record<string, string> = {};
  for (const contact of contacts) if (contact.dossierNumber) dossiers[String(contact.organizationId)] = contact.dossierNumber;
  return {
    id: account.id,
    name: account.username,
    email: person?.email ?? account.username,
    firstName: person?.firstName ?? account.displayName,
    middleName: person?.middleName ?? '',
    lastName: person?.lastName ?? '',
    dossiers,
    groupIds: [...account.groupIds],
  };
}

export function mineHandlers(apiBase: string) {
  const customer = (request: Request) => authorize(request, 'portal', 'read').account;
  return [
    http.get(endpoint(apiBase, apiPaths.accountMine), route(({ request }) =>
      HttpResponse.json<Schemas['AccountMineResponse']>(items([toAccountMine(customer(request))])),
    )),

    http.get(endpoint(apiBase, apiPaths.organizationsMine), route(({ request }) => {
      const seen = new Map<number, Schemas['OrganizationMine']>();
      for (const contact of visibleContactsOf(customer(request))) {
        const organization = db.tables.organizations.get(contact.organizationId);
        if (organization && !seen.has(organization.id)) seen.set(organization.id, { ...organization, dossierNumber: contact.dossierNumber ?? '' });
      }
      return HttpResponse.json<Schemas['OrganizationsMineResponse']>(items([...seen.values()]));
    })),

    http.get(endpoint(apiBase, apiPaths.groupsMine), route(({ request }) => {
      const groups = customer(request).groupIds.flatMap((id) => db.tables.groups.get(id) ?? []);
      return HttpResponse.json<Schemas['GroupsMineResponse']>(items(groups.map((g) => ({ ...g }))));
    })),

    http.get(endpoint(apiBase, apiPaths.permissionsMine), route(({ request }) => {
      const mine = new Set(customer(request).groupIds);
      const permissions = [...db.tables.permissions.values()].flatMap((permission) => {
        const groupIds = permission.groupIds.filter((id) => mine.has(id));
        return groupIds.length ? [{ ...permission, groupIds }] : [];
      });
      return HttpResponse.json<Schemas['PermissionsMineResponse']>(items(permissions));
    })),

    http.get(endpoint(apiBase, apiPaths.contractsMine), route(({ request }) =>
      HttpResponse.json<Schemas['ContractsMineResponse']>(items(contractsOf(customer(request)).map(toContractListItem))),
    )),

    http.get(endpoint(apiBase, apiPaths.contractMine), route(({ request, params }) => {
      const account = customer(request);
      const id = pathId(params.id);
      const contract = contractsOf(account).find((c) => c.id === id);
      if (!contract) throw notFound();
      return HttpResponse.json<Schemas['ContractMineResponse']>(items([toContractDetail(contract)]));
    })),
  ];
}
