/**
 * The partner document's customer endpoints (role `klant`), in its `{data: {items}}` envelope.
 * They read through mineScope.ts: only the dossiers of organisations that have not blocked the customer.
 */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { db } from '../db';
import { endpoint, HttpResponse, notFound, pathId, route, type Schemas } from '../http';
import { contactsOf, contractsOf, mineCaller, type MineCaller } from './mineScope';
import { toContractDetail, toContractListItem } from './shapes';

const items = <T>(list: T[]) => ({ data: { items: list } });

function toAccountMine(caller: MineCaller): Schemas['AccountMine'] {
  const { account } = caller;
  const contacts = contactsOf(caller);
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
  const customer = mineCaller;
  return [
    http.get(endpoint(apiBase, apiPaths.accountMine), route(({ request }) =>
      HttpResponse.json<Schemas['AccountMineResponse']>(items([toAccountMine(customer(request))])),
    )),

    http.get(endpoint(apiBase, apiPaths.organizationsMine), route(({ request }) => {
      const seen = new Map<number, Schemas['OrganizationMine']>();
      for (const contact of contactsOf(customer(request))) {
        const organization = db.tables.organizations.get(contact.organizationId);
        if (organization && !seen.has(organization.id)) seen.set(organization.id, { ...organization, dossierNumber: contact.dossierNumber ?? '' });
      }
      return HttpResponse.json<Schemas['OrganizationsMineResponse']>(items([...seen.values()]));
    })),

    http.get(endpoint(apiBase, apiPaths.groupsMine), route(({ request }) => {
      const groups = customer(request).account.groupIds.flatMap((id) => db.tables.groups.get(id) ?? []);
      return HttpResponse.json<Schemas['GroupsMineResponse']>(items(groups.map((g) => ({ ...g }))));
    })),

    http.get(endpoint(apiBase, apiPaths.permissionsMine), route(({ request }) => {
      const mine = new Set(customer(request).account.groupIds);
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
      const caller = customer(request);
      const id = pathId(params.id);
      const contract = contractsOf(caller).find((c) => c.id === id);
      if (!contract) throw notFound();
      return HttpResponse.json<Schemas['ContractMineResponse']>(items([toContractDetail(contract)]));
    })),
  ];
}
