/** Done in the browser (the API returns a customer's few contracts at once) and kept in the URL,
 * so the back link and a reload return to the same view. */
import type { ContractListItem } from '../../../core/api/types';
import { cachedIntl } from '../../../core/ui/format';

export const sortFields = ['number', 'product', 'organizationName', 'status', 'startDate', 'endDate', 'premium'] as const;
export type SortField = (typeof sortFields)[number];
export type SortOrder = 'ASC' | 'DESC';
export const statuses: ContractListItem['status'][] = ['active', 'pending', 'suspended', 'ended'];

export interface ContractQuery {
  q: string;
  status: string;
  organisation: string;
  sort: SortField;
  order: SortOrder;
}

export const defaultQuery: ContractQuery = { q: '', status: '', organisation: '', sort: 'startDate', order: 'DESC' };

export function readContractQuery(params: URLSearchParams): ContractQuery {
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    status: params.get('status') ?? '',
    organisation: params.get('organisation') ?? '',
    sort: sortFields.includes(sort as SortField) ? (sort as SortField) : defaultQuery.sort,
    order: params.get('order') === 'ASC' ? 'ASC' : params.get('order') === 'DESC' ? 'DESC' : defaultQuery.order,
  };
}

export function writeContractQuery(query: ContractQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(defaultQuery) as (keyof ContractQuery)[]) {
    if (query[key] !== defaultQuery[key]) params.set(key, query[key]);
  }
  return params;
}

/** Lower case without accents, so "beeindigd" finds "Beëindigd". */
function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function sortValue(contract: ContractListItem, field: SortField): string | number | null {
  if (field === 'premium') return contract.premium.amountCents;
  if (field === 'status') return statuses.indexOf(contract.status);
  return contract[field];
}

/** A collator is slow to create on a phone: made only when a text column is sorted, once per
 * locale (docs/performance.md, What got it there). */
function collator(locale: string): Intl.Collator {
  return cachedIntl(`collator|${locale}`, () => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }));
}
const textFields: SortField[] = ['number', 'product', 'organizationName'];

function byCharacters(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function compare(a: ContractListItem, b: ContractListItem, field: SortField, locale: string): number {
  const left = sortValue(a, field);
  const right = sortValue(b, field);
  if (left === right) return 0;
  // Open-ended contracts (no end date) last when ascending: they end latest.
  if (left === null) return 1;
  if (right === null) return -1;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  return textFields.includes(field) ? collator(locale).compare(String(left), String(right)) : byCharacters(String(left), String(right));
}

export function applyContractQuery(contracts: ContractListItem[], query: ContractQuery, locale: string): ContractListItem[] {
  const words = normalise(query.q).split(/\s+/).filter(Boolean);
  const direction = query.order === 'ASC' ? 1 : -1;
  return contracts
    .filter((contract) => !query.status || contract.status === query.status)
    .filter((contract) => !query.organisation || String(contract.organizationId) === query.organisation)
    .filter((contract) => {
      const haystack = normalise([contract.number, contract.product, contract.insurer, contract.organizationName].join(' '));
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => direction * compare(a, b, query.sort, locale) || byCharacters(a.number, b.number));
}

export function organisationsOf(contracts: ContractListItem[]): { id: string; name: string }[] {
  const byId = new Map(contracts.map((contract) => [String(contract.organizationId), contract.organizationName]));
  // Folded names sort by their characters: no collator on a first page.
  return [...byId].map(([id, name]) => ({ id, name, key: normalise(name) })).sort((a, b) => byCharacters(a.key, b.key)).map(({ id, name }) => ({ id, name }));
}
