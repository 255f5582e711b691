/**
 * The bulk dialog's data: the dry run of the selected contacts as `queryOptions`, the check of
 * one corrected email, and the creation of a few accounts per request. A 401 ends the session
 * through the app's one query client (queries) or the dialog's error (creation).
 */
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

/** One contact with the email typed for it, checked without creating anything. */
export async function checkBulkItem(item: BulkAccountItem) {
  const { items } = await dataProvider.createAccountsBulk({ dryRun: true, items: [item] });
  return items[0];
}

/** Creates the accounts of `items`; per-item results. */
export async function createBulkAccounts(items: BulkAccountItem[]) {
  return (await dataProvider.createAccountsBulk({ dryRun: false, items })).items;
}
