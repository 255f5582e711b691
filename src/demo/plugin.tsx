/**
 * The demo as a plug-in (core/plugins.tsx): the mock Hub API in the page, the login page's demo
 * accounts and "reset demo data", the outbox with its routes and menu item, and their texts.
 */
import MailOutlineIcon from '@mui/icons-material/MailOutline';
import type { HubPlugin } from '../core/plugins';
import { DemoLoginPanel } from './DemoLoginPanel';
import { BulkResultOutboxLink } from './outbox/BulkResultOutboxLink';
import { outboxPaths } from './outbox/outboxPaths';
import { outboxRoutes } from './outbox/outboxRoutes';
import { demoCatalogue } from './i18n';
import { startDemo } from './demoData';
import { ResetDemoDataMenuItem } from './ResetDemoDataButton';
import { RestoredFromSeedNotice } from './RestoredFromSeedNotice';

export const demoPlugin: HubPlugin = {
  start: startDemo,
  catalogue: demoCatalogue,
  routes: outboxRoutes,
  login: { Notice: RestoredFromSeedNotice, Panel: DemoLoginPanel },
  backOffice: {
    Notice: RestoredFromSeedNotice,
    menuItems: [{ to: outboxPaths.list, label: 'hub.outbox.title', icon: <MailOutlineIcon /> }],
    UserMenuItems: ResetDemoDataMenuItem,
    BulkResultHint: BulkResultOutboxLink,
  },
};
