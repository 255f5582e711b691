/** The contract list's search, filters and sort, and their round trip through the URL. */
import type { ContractListItem } from '../../../core/api/types';
import { applyContractQuery, defaultQuery, organisationsOf, readContractQuery, writeContractQuery } from './contractQuery';

function contract(overrides: Partial<ContractListItem>): ContractListItem {
  return {
    id: 1,
    number: 'HUB-2024-000001',
    product: 'Woonhuisverzekering',
    language: 'nl',
    category: 'insurance',
    insurer: 'Achmea',
    organizationId: 1,
    organizationName: 'Bakker Advies',
    status: 'active',
    startDate: '2024-01-01',
    endDate: null,
    premium: { amountCents: 1000, currency: 'EUR' },
    frequency: 'monthly',
    ...overrides,
  };
}

const contracts = [
  contract({ id: 1, number: 'HUB-1', product: 'Woonhuisverzekering', startDate: '2023-05-01', premium: { amountCents: 3000, currency: 'EUR' } }),
  contract({ id: 2, number: 'HUB-2', product: 'Annuïteitenhypotheek', status: 'pending', organizationId: 2, organizationName: 'Zuid Financieel', startDate: '2024-02-01', endDate: '2054-02-01' }),
  contract({ id: 3, number: 'HUB-10', product: 'Reisverzekering', insurer: 'ASR', status: 'ended', startDate: '2020-01-01', endDate: '2022-01-01', premium: { amountCents: 500, currency: 'EUR' } }),
];

const ids = (list: ContractListItem[]) => list.map((c) => c.id);

describe('applyContractQuery', () => {
  it('sorts by start date, newest first, by default', () => {
    expect(ids(applyContractQuery(contracts, defaultQuery, 'nl'))).toEqual([2, 1, 3]);
  });

  it('sorts numbers naturally and premiums by amount, both ways', () => {
    expect(ids(applyContractQuery(contracts, { ...defaultQuery, sort: 'number', order: 'ASC' }, 'nl'))).toEqual([1, 2, 3]);
    expect(ids(applyContractQuery(contracts, { ...defaultQuery, sort: 'premium', order: 'ASC' }, 'nl'))).toEqual([3, 2, 1]);
    expect(ids(applyContractQuery(contracts, { ...defaultQuery, sort: 'premium', order: 'DESC' }, 'nl'))).toEqual([1, 2, 3]);
  });

  it('puts open-ended contracts after every end date when sorting by end date ascending', () => {
    expect(ids(applyContractQuery(contracts, { ...defaultQuery, sort: 'endDate', order: 'ASC' }, 'nl'))).toEqual([3, 2, 1]);
  });

  it('filters by status and by organisation', () => {
    expect(ids(applyContractQuery(contracts, { ...defaultQuery, status: 'ended' }, 'nl'))).toEqual([3]);
    expect(ids(applyContractQuery(contracts, { ...defaultQuery, organisation: '2' }, 'nl'))).toEqual([2]);
  });

  it('searches number, product and insurer, ignoring case and accents', () => {
    expect(ids(applyContractQuery(contracts, { ...defaultQuery, q: 'annuiteiten' }, 'nl'))).toEqual([2]);
    expect(ids(applyContractQuery(contracts, { ...defaultQuery, q: 'asr' }, 'nl'))).toEqual([3]);
    expect(ids(applyContractQuery(contracts, { ...defaultQuery, q: 'hub-10' }, 'nl'))).toEqual([3]);
  });
});

describe('the query in the URL', () => {
  it('keeps only what differs from the defaults and reads it back', () => {
    const query = { ...defaultQuery, q: 'woon', status: 'active', sort: 'premium' as const, order: 'ASC' as const };
    const params = writeContractQuery(query);
    expect(params.toString()).toBe('q=woon&status=active&sort=premium&order=ASC');
    expect(readContractQuery(params)).toEqual(query);
  });

  it('falls back to the defaults for unknown sort fields and orders', () => {
    expect(readContractQuery(new URLSearchParams('sort=password&order=sideways'))).toEqual(defaultQuery);
  });
});

it('lists each organisation of the contracts once, by name', () => {
  expect(organisationsOf(contracts)).toEqual([
    { id: '1', name: 'Bakker Advies' },
    { id: '2', name: 'Zuid Financieel' },
  ]);
});
