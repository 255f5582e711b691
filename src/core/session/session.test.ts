/** Why the last session ended, for the next login page: "blocked" is never overwritten by "expired". */
import { clearSessionEnded, markSessionEnded, sessionEndReason } from './session';

it('keeps "blocked" when other calls of the same ending report a plain 401 afterwards', () => {
  markSessionEnded('blocked');
  markSessionEnded('expired');
  expect(sessionEndReason()).toBe('blocked');
});

it('lets "blocked" replace "expired", and forgets the reason when cleared (at login)', () => {
  markSessionEnded('expired');
  expect(sessionEndReason()).toBe('expired');
  markSessionEnded('blocked');
  expect(sessionEndReason()).toBe('blocked');
  clearSessionEnded();
  expect(sessionEndReason()).toBeNull();
});
