/**
 * The back office's Dutch bundle: our own react-admin v5 catalogue, the app's texts and the back
 * office's namespaces merged over it. In the back office's chunk: customers never load it.
 */
import { mergeMessages } from '../messages';
import { accountLifecycle } from './accountLifecycle';
import { audit } from './audit';
import { bulkAccounts } from './bulkAccounts';
import { contacts } from './contacts';
import { nl } from './index';
import { raDutch } from './ra';

export const nlBackOffice = mergeMessages(raDutch, nl, contacts, accountLifecycle, bulkAccounts, audit);
