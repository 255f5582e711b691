/** Where each failed account creation is reported (the dialog tests cover 409, 422, 500 and offline). */
import { HttpError } from '../../core/api/httpClient';
import { describeAccountError } from './accountErrors';

const keys = 'hub.contacts.addAccount.errors';

it('says a role may not create accounts (403) without touching the contact', () => {
  expect(describeAccountError(new HttpError('Forbidden', 403, { code: 'forbidden', message: 'Forbidden' }))).toEqual({
    message: `${keys}.forbidden`,
  });
});

it('refreshes a contact that is no longer within reach (404)', () => {
  expect(describeAccountError(new HttpError('Not found', 404, { code: 'not_found', message: 'Not found' }))).toEqual({
    message: `${keys}.not_found`,
    refreshContact: true,
  });
});
