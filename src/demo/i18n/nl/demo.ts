import type { demo as enDemo } from '../en/demo';
import type { Messages } from '../../../core/i18n/messages';

export const demo: Messages<typeof enDemo> = {
  hub: {
    demo: {
      accounts_heading: 'Demo-accounts',
      accounts_intro: 'Alle demo-accounts gebruiken het wachtwoord “demo”. Kies er een om het formulier in te vullen.',
      reset: 'Demogegevens herstellen',
      reset_confirm: 'Alle demogegevens terugzetten naar de oorspronkelijke staat? Uw wijzigingen gaan verloren.',
      reset_failed: 'De demogegevens konden niet worden hersteld.',
      reset_cancel: 'Annuleren',
      reset_confirm_button: 'Herstellen',
      restored_from_seed:
        'De opgeslagen demogegevens waren onleesbaar; de oorspronkelijke demogegevens zijn teruggezet.',
      app_code: 'Demo: de authenticator-app van dit account toont nu %{code}.',
      mode_notice: 'Demomodus: de Hub API wordt in uw browser nagebootst.',
    },
  },
};
