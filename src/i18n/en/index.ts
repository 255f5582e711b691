/** The English bundle: react-admin's own catalogue with our namespaces merged over it. */
import englishMessages from 'ra-language-english';
import { mergeMessages } from '../messages';
import { app } from './app';
import { contacts } from './contacts';
import { portal } from './portal';

export const en = mergeMessages(englishMessages, app, contacts, portal);
