/** Nederlandse teksten van `en/bulkAccounts.ts`; dezelfde sleutels. */
import type { bulkAccounts as enbulkAccounts } from '../en/bulkAccounts';
import type { Messages } from '../messages';

export const bulkAccounts: Messages<typeof enbulkAccounts> = {};
