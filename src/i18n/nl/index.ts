/** The Dutch bundle: our own react-admin v5 catalogue with our namespaces merged over it. */
import { mergeMessages } from '../messages';
import { accountLifecycle } from './accountLifecycle';
import { app } from './app';
import { audit } from './audit';
import { bulkAccounts } from './bulkAccounts';
import { contacts } from './contacts';
import { demo } from './demo';
import { isDemoMode } from '../../providers/apiUrl';
import { documents } from './documents';
import { outbox } from './outbox';
import { portal } from './portal';
import { preview } from './preview';
import { selfService } from './selfService';
import { raDutch } from './ra';

/** The demo's panel and outbox: a build for a real API carries none of their words. */
const demoOnly = isDemoMode ? [demo, outbox] : [];

export const nl = mergeMessages(raDutch, app, contacts, portal, preview, documents, accountLifecycle, bulkAccounts, audit, selfService, ...demoOnly);
