import englishMessages from 'ra-language-english';
import { mergeMessages } from '../../../core/i18n/messages';
import { accountLifecycle } from './accountLifecycle';
import { audit } from './audit';
import { bulkAccounts } from './bulkAccounts';
import { contacts } from './contacts';

export const en = mergeMessages(englishMessages, contacts, accountLifecycle, bulkAccounts, audit);
