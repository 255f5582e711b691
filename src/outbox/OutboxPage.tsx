/** The demo outbox: the mails the mock Hub sent, as a mail client shows them. */
export function OutboxPage() {
  return null;
}
