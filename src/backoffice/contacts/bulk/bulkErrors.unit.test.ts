/** Which message a failed bulk request gets. */
import { HttpError } from '../../../core/api/httpClient';
import { describeBulkError } from './bulkErrors';

const failure = (status: number, body?: object) => new HttpError('failed', status, body);

it.each([
  ['403', failure(403, { code: 'forbidden' }), 'hub.bulk_accounts.errors.forbidden'],
  ['422 on the item list (more than 500)', failure(422, { code: 'validation_failed', errors: { items: 'Between 1 and 500 items.' } }), 'hub.bulk_accounts.errors.too_many'],
  ['another 422', failure(422, { code: 'validation_failed', errors: {} }), 'hub.errors.validation_failed'],
  ['500', failure(500, { code: 'internal' }), 'hub.bulk_accounts.errors.failed'],
  ['a network failure', new TypeError('Failed to fetch'), 'hub.bulk_accounts.errors.failed'],
])('%s', (_, error, key) => {
  expect(describeBulkError(error)).toBe(key);
});
