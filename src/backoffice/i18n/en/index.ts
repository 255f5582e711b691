import englishMessages from 'ra-language-english';
import { mergeMessages } from '../../../core/i18n/messages';
import { accountLifecycle } from './accountLifecycle';
import { audit } from './audit';
import { bulkAccounts } from './bulkAccounts';
import { contacts } from './contacts';
import { raEnglishFixes } from './ra';

export const en = mergeMessages(englishMessages, raEnglishFixes, contacts, accountLifecycle, bulkAccounts, audit);
