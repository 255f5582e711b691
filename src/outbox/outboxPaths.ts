/** The demo outbox's paths, apart from its routes: the page links to them, and the routes load the page. */
export const outboxPaths = { list: '/outbox', mail: '/outbox/:id' } as const;
