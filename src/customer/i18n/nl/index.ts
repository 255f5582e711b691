/** Dutch is the default, so these texts are in the first chunk. */
import { mergeMessages } from '../../../core/i18n/messages';
import { documents } from './documents';
import { portal } from './portal';
import { preview } from './preview';
import { selfService } from './selfService';

export const nl = mergeMessages(portal, preview, documents, selfService);
