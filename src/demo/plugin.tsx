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
