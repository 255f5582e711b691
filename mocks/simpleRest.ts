/**
 * ra-data-simple-rest's list conventions: `sort=["field","ASC"]`, `range=[first,last]`,
 * `filter={...}` (JSON in the query string) and the `Content-Range` header with the total.
 */
import { ApiError } from './http';
import { checkQuery } from './requestValidation';

/** The most records one page may hold; a larger range is a 400 `range_too_large`. */
export const MAX_PAGE_SIZE = 1000;

export interface ListParams<Field extends string> {
  sort: { field: Field; order: 'ASC' | 'DESC' };
  range: [number, number];
  filter: Record<string, unknown>;
}

function parseParam(url: URL, name: string): unknown {
  const raw = url.searchParams.get(name);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'invalid_query', `The ${name} parameter is not valid JSON.`, { [name]: 'Not valid JSON.' });
  }
}

/** The list parameters, checked against the operation's JSON query schemas first. */
export async function parseListParams<Field extends string>(
  url: URL,
  sortFields: readonly Field[],
  defaultSort: Field,
): Promise<ListParams<Field>> {
  const given = { sort: parseParam(url, 'sort'), range: parseParam(url, 'range'), filter: parseParam(url, 'filter') };
  await checkQuery(url, given);
  const sort = given.sort ?? [defaultSort, 'ASC'];
  if (
    !Array.isArray(sort) || sort.length !== 2 ||
    !sortFields.includes(sort[0] as Field) || (sort[1] !== 'ASC' && sort[1] !== 'DESC')
  ) {
    throw new ApiError(400, 'invalid_query', `sort must be [field, "ASC"|"DESC"] with field one of ${sortFields.join(', ')}.`, { sort: 'Unsupported sort.' });
  }
  // Without a range: the first page of the largest size.
  const range = given.range ?? [0, MAX_PAGE_SIZE - 1];
  if (
    !Array.isArray(range) || range.length !== 2 ||
    !range.every((n) => Number.isInteger(n) && n >= 0) || range[0] > range[1]
  ) {
    throw new ApiError(400, 'invalid_query', 'range must be [first, last], zero-based and inclusive.', { range: 'Invalid range.' });
  }
  if (range[1] - range[0] + 1 > MAX_PAGE_SIZE) {
    throw new ApiError(400, 'range_too_large', `A page holds at most ${MAX_PAGE_SIZE} records: ask for them page by page.`, { range: `At most ${MAX_PAGE_SIZE} records.` });
  }
  const filter = given.filter ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new ApiError(400, 'invalid_query', 'filter must be a JSON object.', { filter: 'Not an object.' });
  }
  return {
    sort: { field: sort[0] as Field, order: sort[1] },
    range: [range[0], range[1]],
    filter: filter as Record<string, unknown>,
  };
}

// `contacts 0-24/250`, or `contacts */250` for an empty page.
export function contentRange(resource: string, first: number, count: number, total: number): string {
  return count === 0 ? `${resource} */${total}` : `${resource} ${first}-${first + count - 1}/${total}`;
}

/** Filter values as react-admin sends them: booleans and ids may arrive as strings. */
export function filterBoolean(filter: Record<string, unknown>, key: string): boolean | undefined {
  const value = filter[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new ApiError(400, 'invalid_query', `filter.${key} must be a boolean.`, { [key]: 'Must be true or false.' });
}

export function filterInteger(filter: Record<string, unknown>, key: string): number | undefined {
  const value = filter[key];
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (!Number.isInteger(number)) throw new ApiError(400, 'invalid_query', `filter.${key} must be an integer.`, { [key]: 'Must be an integer.' });
  return number as number;
}

export function filterIds(filter: Record<string, unknown>, key = 'id'): number[] | undefined {
  const value = filter[key];
  if (value === undefined) return undefined;
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    const id = filterInteger({ item }, 'item');
    if (id === undefined) throw new ApiError(400, 'invalid_query', `filter.${key} must hold integers.`, { [key]: 'Must be integers.' });
    return id;
  });
}

export function filterString(filter: Record<string, unknown>, key: string): string | undefined {
  const value = filter[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ApiError(400, 'invalid_query', `filter.${key} must be a string.`, { [key]: 'Must be text.' });
  return value;
}
