import { mergeMessages } from '../messages';
import { app } from './app';
import { errors } from './errors';

export const en = mergeMessages(app, errors);
