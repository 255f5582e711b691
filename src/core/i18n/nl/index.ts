/** The core's texts: the app's shared words and the error messages. */
import { mergeMessages } from '../messages';
import { app } from './app';
import { errors } from './errors';

export const nl = mergeMessages(app, errors);
