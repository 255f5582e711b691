import MailOutlineIcon from '@mui/icons-material/MailOutline';
import type { BackOfficeSlots } from '../../core/plugins';
import { outboxPaths } from '../outboxPaths';
import { RestoredFromSeedNotice } from '../RestoredFromSeedNotice';
import { BulkResultOutboxLink } from './BulkResultOutboxLink';
import { ResetDemoDataMenuItem } from './ResetDemoDataMenuItem';

export const demoBackOffice: BackOfficeSlots = {
  Notice: RestoredFromSeedNotice,
  menuItems: [{ to: outboxPaths.list, label: 'hub.outbox.title', icon: <MailOutlineIcon /> }],
  UserMenuItems: ResetDemoDataMenuItem,
  BulkResultHint: BulkResultOutboxLink,
};
