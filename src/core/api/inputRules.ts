/** The contract's input rules that the client checks before sending, and the mock enforces. */

/** A new password's length (the contract's `password_too_short` and `password_too_long`). */
export const PASSWORD_LENGTH = { min: 10, max: 128 } as const;

/**
 * What no one-line text may hold (the contract's `text_forbidden_characters`): line breaks and
 * other control characters (C0, DEL, C1, the Unicode line and paragraph separators) and the
 * bidirectional marks, embeddings, overrides and isolates that reorder what is shown. A name with
 * them could write paragraphs, or a link that reads backwards, into a mail sent in the
 * organisation's name.
 */
export const FORBIDDEN_IN_ONE_LINE = /[\p{Cc}\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
