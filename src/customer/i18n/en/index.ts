/** A chunk of its own, loaded when English is chosen. */
import { mergeMessages } from '../../../core/i18n/messages';
import { documents } from './documents';
import { portal } from './portal';
import { preview } from './preview';
import { selfService } from './selfService';

export const en = mergeMessages(portal, preview, documents, selfService);
