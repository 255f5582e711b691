/** English texts of the demo outbox (`resources.outbox.*`, `hub.outbox.*`). */
export const outbox = {};
