import type { audit as enaudit } from '../en/audit';
import type { Messages } from '../../../core/i18n/messages';

export const audit: Messages<typeof enaudit> = {
  resources: {
    audit: {
      name: 'Auditgebeurtenis |||| Audit',
      fields: {
        at: 'Wanneer',
        type: 'Gebeurtenis',
        username: 'Account',
        contactId: 'Contact',
        contactName: 'Contact',
        actor: 'Door',
        actorName: 'Door',
        actorRole: 'Rol',
      },
      event_types: {
        created: 'Account aangemaakt',
        welcome_mail_sent: 'Welkomstmail verstuurd',
        temporary_password_renewed: 'Nieuw tijdelijk wachtwoord',
        first_login: 'Eerste keer ingelogd',
        password_changed: 'Wachtwoord gewijzigd',
        blocked: 'Account geblokkeerd',
        unblocked: 'Account gedeblokkeerd',
        locked: 'Vergrendeld na mislukte inlogpogingen',
        password_reset_requested: 'Nieuw wachtwoord aangevraagd',
        password_reset_completed: 'Wachtwoord hersteld',
        previewed: 'Bekeken als klant',
        second_factor_added: 'Authenticator-app toegevoegd',
        second_factor_removed: 'Authenticator-app verwijderd',
        passkey_added: 'Passkey toegevoegd',
        passkey_removed: 'Passkey verwijderd',
        recovery_codes_created: 'Herstelcodes gemaakt',
        recovery_code_used: 'Herstelcode gebruikt',
        second_factor_reset: 'Tweede factor gereset',
        activation_mail_sent: 'Activeringslink verstuurd',
        activated: 'Account geactiveerd',
        sessions_ended: 'Alle sessies beëindigd',
        address_checked: 'Adres gecontroleerd door een andere organisatie',
      },
    },
  },
  hub: {
    audit: {
      search: 'Zoek account of persoon',
      system_actor: 'Hub (systeem)',
      exportFilename: 'audit',
    },
  },
};
