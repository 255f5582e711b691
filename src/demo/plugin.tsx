/**
 * The demo as a plug-in (core/plugins.tsx): the mock Hub API in the page, the login page's demo
 * accounts and "reset demo data", the outbox's routes, the texts, and its back-office part.
 */
import type { HubPlugin } from '../core/plugins';
import { DemoLoginPanel } from './DemoLoginPanel';
import { demoCatalogue } from './i18n';
import { outboxRoutes } from './outboxRoutes';
import { startDemo } from './demoData';
import { RestoredFromSeedNotice } from './RestoredFromSeedNotice';

export const demoPlugin: HubPlugin = {
  start: startDemo,
  catalogue: demoCatalogue,
  routes: outboxRoutes,
  login: { Notice: RestoredFromSeedNotice, Panel: DemoLoginPanel },
  backOffice: async () => (await import('./backoffice/slots')).demoBackOffice,
};
