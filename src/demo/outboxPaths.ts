export const outboxPaths = { list: '/outbox', mail: '/outbox/:id' } as const;
