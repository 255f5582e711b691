import type { selfService as enselfService } from '../en/selfService';
import type { Messages } from '../../../core/i18n/messages';

export const selfService: Messages<typeof enselfService> = {
  hub: {
    self_service: {
      forgot: {
        open: 'Wachtwoord vergeten?',
        title: 'Wachtwoord vergeten?',
        intro: 'Vul het e-mailadres in waarmee u inlogt. U ontvangt dan een link om een nieuw wachtwoord in te stellen.',
        username: 'E-mailadres',
        required: 'Vul uw e-mailadres in.',
        invalid_email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
        submit: 'Link versturen',
        sending: 'Versturen…',
        cancel: 'Annuleren',
        close: 'Sluiten',
        neutral:
          'Als er een account bij dit e-mailadres hoort, ontvangt u een e-mail met een link om een nieuw wachtwoord in te stellen. De link is 1 uur geldig.',
        failed: 'Uw aanvraag kon niet worden verstuurd. Probeer het later opnieuw.',
      },
      reset: {
        title: 'Nieuw wachtwoord instellen',
        intro: 'Kies een nieuw wachtwoord van minstens 10 tekens dat verschilt van uw huidige wachtwoord.',
        submit: 'Wachtwoord instellen',
        saving: 'Bezig met opslaan…',
        policy_unmet: 'Uw nieuwe wachtwoord voldoet nog niet aan alle eisen.',
        failed: 'Uw wachtwoord kon niet worden ingesteld. Probeer het later opnieuw.',
        done: 'Uw wachtwoord is ingesteld. Log in met uw nieuwe wachtwoord.',
        link_missing: 'Deze link is niet volledig. Open de link uit de e-mail nog eens, of vraag een nieuwe link aan.',
        request_new: 'Nieuwe link aanvragen',
        to_login: 'Naar inloggen',
      },
      activate: {
        title: 'Account activeren',
        intro: 'Kies een wachtwoord van minstens 10 tekens voor uw account. Daarna bent u meteen ingelogd.',
        intro_refused: 'U opende een activeringslink uit een welkomstmail van Hub Portal.',
        checking: 'Uw link wordt gecontroleerd…',
        username: 'Uw gebruikersnaam',
        submit: 'Account activeren',
        saving: 'Bezig met activeren…',
        policy_unmet: 'Uw wachtwoord voldoet nog niet aan alle eisen.',
        failed: 'Uw account kon niet worden geactiveerd. Probeer het later opnieuw.',
        check_failed: 'Uw link kon niet worden gecontroleerd. Probeer het later opnieuw.',
        link_missing: 'Deze link is niet volledig. Open de link uit de welkomstmail nog eens, of vraag uw organisatie om een nieuwe link.',
        to_login: 'Naar inloggen',
      },
      blocked: 'Uw account is geblokkeerd. Neem contact op met uw organisatie.',
    },
  },
};
