/**
 * The back office's English bundle: react-admin's own catalogue, the app's texts and the back
 * office's namespaces merged over it. A chunk of its own, loaded when the back office needs it.
 */
import englishMessages from 'ra-language-english';
import { mergeMessages } from '../messages';
import { accountLifecycle } from './accountLifecycle';
import { audit } from './audit';
import { bulkAccounts } from './bulkAccounts';
import { contacts } from './contacts';
import { en } from './index';

export const enBackOffice = mergeMessages(englishMessages, en, contacts, accountLifecycle, bulkAccounts, audit);
