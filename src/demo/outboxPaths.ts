/** The demo outbox's URLs, for its routes and the links to it. */
export const outboxPaths = { list: '/outbox', mail: '/outbox/:id' } as const;
