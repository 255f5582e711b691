import { mergeMessages } from '../../../core/i18n/messages';
import { demo } from './demo';
import { outbox } from './outbox';

export const en = mergeMessages(demo, outbox);
