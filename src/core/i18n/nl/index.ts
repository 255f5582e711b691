/**
 * The Dutch texts of the pages outside the back office (login, passwords, portal, preview, demo),
 * in the first chunk; the back office's come with it (backOffice.ts).
 */
import { mergeMessages } from '../messages';
import { app } from './app';
import { demo } from './demo';
import { documents } from './documents';
import { errors } from './errors';
import { outbox } from './outbox';
import { portal } from './portal';
import { preview } from './preview';
import { selfService } from './selfService';

/** The demo's panel and outbox: a build for a real API carries none of their words. */
const demoOnly = __DEMO__ ? [demo, outbox] : [];

export const nl = mergeMessages(app, errors, portal, preview, documents, selfService, ...demoOnly);
