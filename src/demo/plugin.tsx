import type { HubPlugin } from '../core/plugins';
import { lazyNamed } from '../core/ui/lazyNamed';
import { DemoLoginPanel } from './DemoLoginPanel';
import { demoCatalogue } from './i18n';
import { outboxRoutes } from './outboxRoutes';
import { startDemo } from './demoData';
import { RestoredFromSeedNotice } from './RestoredFromSeedNotice';

export const demoPlugin: HubPlugin = {
  start: startDemo,
  catalogue: demoCatalogue,
  routes: outboxRoutes,
  login: {
    Notice: RestoredFromSeedNotice,
    Panel: DemoLoginPanel,
    // With otpauth, loaded when a second step shows.
    AppCodeHint: lazyNamed(() => import('./appCode/DemoAppCode'), 'DemoAppCode'),
  },
  backOffice: async () => (await import('./backoffice/slots')).demoBackOffice,
};
