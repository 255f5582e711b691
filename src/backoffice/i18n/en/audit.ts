/** The event-type labels (`resources.audit.event_types.*`) serve every list of account events. */
export const audit = {
  resources: {
    audit: {
      name: 'Audit event |||| Audit',
      fields: {
        at: 'When',
        type: 'Event',
        username: 'Account',
        contactId: 'Contact',
        contactName: 'Contact',
        actor: 'By',
        actorName: 'By',
        actorRole: 'Role',
      },
      event_types: {
        created: 'Account created',
        welcome_mail_sent: 'Welcome mail sent',
        temporary_password_renewed: 'New temporary password',
        first_login: 'First login',
        password_changed: 'Password changed',
        blocked: 'Account blocked',
        unblocked: 'Account unblocked',
        locked: 'Locked after failed logins',
        password_reset_requested: 'Password reset requested',
        password_reset_completed: 'Password reset',
        previewed: 'Viewed as the customer',
        second_factor_added: 'Authenticator app added',
        second_factor_removed: 'Authenticator app removed',
        passkey_added: 'Passkey added',
        passkey_removed: 'Passkey removed',
        recovery_codes_created: 'Recovery codes made',
        recovery_code_used: 'Recovery code used',
        second_factor_reset: 'Second factor reset',
        activation_mail_sent: 'Activation link sent',
        activated: 'Account activated',
        sessions_ended: 'All sessions ended',
        address_checked: 'Address checked by another organisation',
      },
    },
  },
  hub: {
    audit: {
      search: 'Search account or person',
      system_actor: 'Hub (system)',
      exportFilename: 'audit',
    },
  },
};
