import type { Messages } from '../messages';
import type { app as enApp } from '../en/app';

export const app: Messages<typeof enApp> = {
  hub: {
    title: 'Hub Portal',
    tagline: 'Relaties en klantaccounts op één plek',
    loading: 'Laden…',
    language: {
      label: 'Taal',
    },
    login: {
      heading: 'Inloggen',
      intro: 'Log in met uw e-mailadres en wachtwoord.',
      username: 'E-mailadres',
      password: 'Wachtwoord',
      show_password: 'Wachtwoord tonen',
      hide_password: 'Wachtwoord verbergen',
      submit: 'Inloggen',
      submitting: 'Bezig met inloggen…',
      required: 'Vul uw e-mailadres en wachtwoord in.',
      invalid_credentials: 'Het e-mailadres of wachtwoord is onjuist.',
      temporary_password_expired:
        'Uw tijdelijke wachtwoord is verlopen. Vraag uw organisatie om een nieuw wachtwoord.',
      temporary_password_used:
        'Dit tijdelijke wachtwoord is al gebruikt. Vraag uw organisatie om een nieuw wachtwoord.',
      session_expired: 'Uw sessie is verlopen. Log opnieuw in.',
      failed: 'Inloggen is mislukt. Probeer het opnieuw.',
    },
    roles: {
      beheerder: 'Beheerder',
      relatiebeheerder: 'Relatiebeheerder',
      medewerker: 'Medewerker',
      klant: 'Klant',
    },
    menu: {
      user: 'Gebruikersmenu',
      user_of: '%{name}, gebruikersmenu',
    },
    access_denied: {
      title: 'Geen toegang',
      message: 'U heeft geen toegang tot deze pagina.',
      home: 'Naar uw startpagina',
    },
    errors: {
      network: 'De Hub is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
      reasons: {
        password_blank: 'Een wachtwoord mag niet leeg zijn of alleen uit spaties bestaan.',
        password_too_short: 'Gebruik minstens 10 tekens.',
        password_too_long: 'Gebruik hoogstens 128 tekens.',
        password_personal: 'Gebruik niet uw e-mailadres of uw naam als wachtwoord.',
        password_common: 'Dit wachtwoord wordt veel gebruikt of is uitgelekt. Kies een ander wachtwoord.',
        password_unchanged: 'Kies een ander wachtwoord dan uw huidige.',
        text_forbidden_characters: 'Gebruik één regel, zonder regeleinden of speciale tekens.',
      },
      boundary_title: 'Er ging iets mis',
      boundary_message: 'Er is een onverwachte fout opgetreden. Laad de pagina opnieuw om verder te gaan.',
      reload: 'Pagina opnieuw laden',
      retry: 'Opnieuw proberen',
    },
  },
};
