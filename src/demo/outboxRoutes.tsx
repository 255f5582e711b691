/** Public, like a shared test mailbox: a customer opens the welcome mail before they can log in. */
import type { RouteObject } from 'react-router';
import { outboxPaths } from './outboxPaths';

const page = async () => ({ Component: (await import('./outbox/OutboxPage')).OutboxPage });

export const outboxRoutes: RouteObject[] = [
  { path: outboxPaths.list, lazy: page },
  { path: outboxPaths.mail, lazy: page },
];
