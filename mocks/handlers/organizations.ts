/** Organisations as staff see them: only their own (others are 404, like unknown ids). */
import { http } from 'msw';
import { apiPaths } from '../../src/core/api/paths';
import { db } from '../db';
import { authorize, endpoint, HttpResponse, notFound, pathId, route, type Schemas } from '../http';
import { contentRange, filterIds, parseListParams } from '../simpleRest';

export function organizationHandlers(apiBase: string) {
  return [
    http.get(endpoint(apiBase, apiPaths.organizations), route(async ({ request }) => {
      const caller = authorize(request, 'organizations', 'list');
      const { sort, range, filter } = await parseListParams(new URL(request.url), ['id', 'name'] as const, 'id');
      const ids = filterIds(filter);
      const visible = [...db.tables.organizations.values()]
        .filter((o) => o.id === caller.account.organizationId && (!ids || ids.includes(o.id)))
        .sort((a, b) => (a[sort.field] < b[sort.field] ? -1 : a[sort.field] > b[sort.field] ? 1 : 0) * (sort.order === 'ASC' ? 1 : -1));
      const page = visible.slice(range[0], range[1] + 1);
      return HttpResponse.json<Schemas['Organization'][]>(page.map((o) => ({ ...o })), {
        headers: { 'Content-Range': contentRange('organizations', range[0], page.length, visible.length) },
      });
    })),

    http.get(endpoint(apiBase, apiPaths.organization), route(({ request, params }) => {
      const caller = authorize(request, 'organizations', 'show');
      const organization = db.tables.organizations.get(pathId(params.id));
      if (!organization || organization.id !== caller.account.organizationId) throw notFound();
      return HttpResponse.json<Schemas['Organization']>({ ...organization });
    })),
  ];
}
