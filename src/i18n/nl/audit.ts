/** Nederlandse teksten van `en/audit.ts`; dezelfde sleutels. */
import type { audit as enaudit } from '../en/audit';
import type { Messages } from '../messages';

export const audit: Messages<typeof enaudit> = {};
