import { mergeMessages } from '../../../core/i18n/messages';
import { accountLifecycle } from './accountLifecycle';
import { audit } from './audit';
import { bulkAccounts } from './bulkAccounts';
import { contacts } from './contacts';
import { raDutch } from './ra';

export const nl = mergeMessages(raDutch, contacts, accountLifecycle, bulkAccounts, audit);
