import { queryOptions } from '@tanstack/react-query';
import { dataProvider } from '../../dataProvider';
import type { BulkAccountItem } from '../../../core/api/types';

/** Every selected contact checked at once; the answer stands while the dialog is open. */
export const bulkPreviewQuery = (contactIds: number[]) =>
  queryOptions({
    queryKey: ['bulkAccounts', 'preview', contactIds],
    queryFn: () => dataProvider.createAccountsBulk({ dryRun: true, items: contactIds.map((contactId) => ({ contactId })) }),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });

export async function checkBulkItem(item: BulkAccountItem) {
  const { items } = await dataProvider.createAccountsBulk({ dryRun: true, items: [item] });
  return items[0];
}

export async function createBulkAccounts(items: BulkAccountItem[]) {
  return (await dataProvider.createAccountsBulk({ dryRun: false, items })).items;
}
