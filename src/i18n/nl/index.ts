/** The Dutch bundle: our own react-admin v5 catalogue with our namespaces merged over it. */
import { mergeMessages } from '../messages';
import { app } from './app';
import { contacts } from './contacts';
import { portal } from './portal';
import { raDutch } from './ra';

export const nl = mergeMessages(raDutch, app, contacts, portal);
