// @vitest-environment node
/** A getList of more than 1000 records (an export) goes out as pages of 1000, within the API's limit. */
import type { GetListParams } from 'react-admin';
import { MAX_PAGE_SIZE, withPageLimit } from './pageLimit';

const TOTAL = 2500;
const asked: [number, number][] = [];
// A stand-in for simple-rest's getList over TOTAL records that refuses a page over the limit, as the API does.
const getList = withPageLimit(async (_resource: string, params: GetListParams) => {
  const { page, perPage } = params.pagination!;
  if (perPage > MAX_PAGE_SIZE) throw new Error('range_too_large');
  const first = (page - 1) * perPage;
  asked.push([first, first + perPage - 1]);
  const ids = Array.from({ length: Math.max(0, Math.min(perPage, TOTAL - first)) }, (_, i) => first + i);
  return { data: ids.map((id) => ({ id })) as never[], total: TOTAL };
});
const params = (page: number, perPage: number): GetListParams => ({ pagination: { page, perPage }, sort: { field: 'id', order: 'ASC' }, filter: {} });

beforeEach(() => {
  asked.length = 0;
});

test('an export of 10,000 asks for pages of 1000 until the total is reached', async () => {
  const { data, total } = await getList('contacts', params(1, 10_000));
  expect(asked).toEqual([[0, 999], [1000, 1999], [2000, 2999]]);
  expect(data.map((r) => r.id)).toEqual(Array.from({ length: TOTAL }, (_, i) => i));
  expect(total).toBe(TOTAL);
});

test('a page within the limit is one request, unchanged', async () => {
  await getList('contacts', params(3, 25));
  expect(asked).toEqual([[50, 74]]);
});
