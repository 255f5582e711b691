/** The English bundle: react-admin's own catalogue with our namespaces merged over it. */
import englishMessages from 'ra-language-english';
import { mergeMessages } from '../messages';
import { accountLifecycle } from './accountLifecycle';
import { app } from './app';
import { audit } from './audit';
import { bulkAccounts } from './bulkAccounts';
import { contacts } from './contacts';
import { documents } from './documents';
import { outbox } from './outbox';
import { portal } from './portal';
import { preview } from './preview';
import { selfService } from './selfService';

export const en = mergeMessages(englishMessages, app, contacts, portal, preview, documents, accountLifecycle, bulkAccounts, audit, outbox, selfService);
