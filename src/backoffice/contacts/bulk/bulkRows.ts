import type { BulkAccountResult, BulkSkipReason } from '../../../core/api/types';

/** `checking`: an edited email awaits its dry run; `check_failed`: that dry run failed. */
export type RowState = 'ready' | 'created' | BulkSkipReason | 'checking' | 'check_failed';

export interface BulkRow {
  contactId: number;
  name: string;
  /** What the field shows: the user's typing, else the email the preview found. */
  email: string;
  /** The username the account gets (or would get), as the API normalised it. */
  username: string | null;
  state: RowState;
  /** Rows whose email can be fixed in place keep their field, also once they are ready. */
  editable: boolean;
}

export const FIXABLE: readonly RowState[] = ['no_email', 'invalid_email', 'email_in_use'];

export function stateOf(result: BulkAccountResult): RowState {
  return result.result === 'skipped' ? (result.reason ?? 'not_found') : result.result;
}

export const isReady = (row: BulkRow) => row.state === 'ready';
