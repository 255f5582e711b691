/** A new activation link, stored hashed and mailed: on account creation, and when staff renew it. */
import type { AccountRow } from '../db';
import { storeActivationLink } from '../db/activation';
import { newLinkToken } from '../db/passwords';
import { sendActivationLinkMail } from '../mail/outbox';
import { portalLink } from '../mail/portalUrl';

/** Hashing is asynchronous, so the link is made before the check-and-insert that stores it. */
export const prepareActivationLink = newLinkToken;

/** Stores the link and mails it: the welcome mail of a new account, or (`renewed`) a new link. */
export function sendActivationLink(account: AccountRow, link: { token: string; tokenHash: string }, renewed: boolean, issuedAt?: number): AccountRow {
  const updated = storeActivationLink(account, link.tokenHash, issuedAt);
  sendActivationLinkMail(updated, { activationUrl: portalLink(`#/activate?token=${link.token}`), expiresAt: updated.activationExpiresAt! }, renewed);
  return updated;
}
