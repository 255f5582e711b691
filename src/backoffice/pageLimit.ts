/** The Hub API serves at most 1000 records per request; react-admin's exports ask for more at once. */
import type { DataProvider, GetListParams, GetListResult, RaRecord } from 'react-admin';

export const MAX_PAGE_SIZE = 1000;

type GetList = DataProvider['getList'];

export function withPageLimit(getList: GetList): GetList {
  return async <R extends RaRecord>(resource: string, params: GetListParams): Promise<GetListResult<R>> => {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: MAX_PAGE_SIZE };
    const first = (page - 1) * perPage;
    if (perPage <= MAX_PAGE_SIZE) return getList<R>(resource, params);
    // Only a page starting at a multiple of 1000 splits into whole API pages (exports ask for page 1).
    if (first % MAX_PAGE_SIZE !== 0) throw new Error(`A page of ${perPage} records must start at a multiple of ${MAX_PAGE_SIZE}.`);
    const data: R[] = [];
    let total: number | undefined;
    for (let offset = 0; offset < perPage; offset += MAX_PAGE_SIZE) {
      const size = Math.min(MAX_PAGE_SIZE, perPage - offset);
      const chunk = await getList<R>(resource, { ...params, pagination: { page: (first + offset) / MAX_PAGE_SIZE + 1, perPage: MAX_PAGE_SIZE } });
      data.push(...chunk.data.slice(0, size));
      total = chunk.total;
      if (chunk.data.length < MAX_PAGE_SIZE || (total !== undefined && first + offset + MAX_PAGE_SIZE >= total)) break;
    }
    return { data, total };
  };
}
