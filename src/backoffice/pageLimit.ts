/**
 * The Hub API serves at most 1000 records per request (a larger range is a 400
 * `range_too_large`). react-admin asks for more at once when exporting (ExportButton's
 * `maxResults`), so such a getList is fetched here in pages of 1000 and put back together.
 */
import type { DataProvider, GetListParams, GetListResult, RaRecord } from 'react-admin';

export const MAX_PAGE_SIZE = 1000;

type GetList = DataProvider['getList'];

export function withPageLimit(getList: GetList): GetList {
  return async <R extends RaRecord>(resource: string, params: GetListParams): Promise<GetListResult<R>> => {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: MAX_PAGE_SIZE };
    const first = (page - 1) * perPage;
    if (perPage <= MAX_PAGE_SIZE) return getList<R>(resource, params);
    // A big page starts at a multiple of itself; in pages of 1000 that is a whole page number only
    // when the size is a multiple of 1000 (react-admin's exports ask for page 1).
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
