/** Nederlandse teksten van `en/selfService.ts`; dezelfde sleutels. */
import type { selfService as enselfService } from '../en/selfService';
import type { Messages } from '../messages';

export const selfService: Messages<typeof enselfService> = {};
