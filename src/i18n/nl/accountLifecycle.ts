/** Nederlandse teksten van `en/accountLifecycle.ts`; dezelfde sleutels. */
import type { accountLifecycle as enaccountLifecycle } from '../en/accountLifecycle';
import type { Messages } from '../messages';

export const accountLifecycle: Messages<typeof enaccountLifecycle> = {};
