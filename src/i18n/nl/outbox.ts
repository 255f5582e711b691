/** Nederlandse teksten van `en/outbox.ts`; dezelfde sleutels. */
import type { outbox as enoutbox } from '../en/outbox';
import type { Messages } from '../messages';

export const outbox: Messages<typeof enoutbox> = {};
