/** How an account event reads to a person: shared by the audit table, its phone list and its CSV. */
import type { TranslateFunction } from 'react-admin';
import type { AccountEvent, AccountEventType } from '../../core/api/types';

// A record, not an array: adding a type to the contract fails the typecheck here until it is listed.
const eventTypeSet: Record<AccountEventType, true> = {
  created: true,
  welcome_mail_sent: true,
  temporary_password_renewed: true,
  first_login: true,
  password_changed: true,
  blocked: true,
  unblocked: true,
  locked: true,
  password_reset_requested: true,
  password_reset_completed: true,
  previewed: true,
  second_factor_added: true,
  second_factor_removed: true,
  passkey_added: true,
  passkey_removed: true,
  recovery_codes_created: true,
  recovery_code_used: true,
  second_factor_reset: true,
  address_checked: true,
  activation_mail_sent: true,
  activated: true,
  sessions_ended: true,
};

export const accountEventTypes = Object.keys(eventTypeSet) as AccountEventType[];

export function eventTypeLabel(translate: TranslateFunction, type: AccountEventType): string {
  return translate(`resources.audit.event_types.${type}`);
}

/** The API's "Hub" (the system) and "another organisation" read better translated. */
export function actorLabel(translate: TranslateFunction, event: Pick<AccountEvent, 'actorId' | 'actorName' | 'actorFromOtherOrganization'>): string {
  if (event.actorFromOtherOrganization) return translate('hub.account_lifecycle.otherOrganisation');
  return event.actorId === null ? translate('hub.audit.system_actor') : event.actorName;
}
