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
      too_many_attempts:
        'Te veel mislukte pogingen voor dit e-mailadres. Probeer het later opnieuw, of kies een nieuw wachtwoord via "Wachtwoord vergeten?".',
      repeated_failures:
        'E-mailadres of wachtwoord onjuist. Na herhaalde mislukte pogingen kan inloggen met dit e-mailadres een tijd geblokkeerd zijn. Weet u uw wachtwoord niet meer? Kies dan een nieuw wachtwoord.',
      session_expired: 'Uw sessie is verlopen. Log opnieuw in.',
      failed: 'Inloggen is mislukt. Probeer het opnieuw.',
      passkey: 'Inloggen met een passkey',
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
      boundary_title: 'Er ging iets mis',
      boundary_message: 'Er is een onverwachte fout opgetreden. Laad de pagina opnieuw om verder te gaan.',
      reload: 'Pagina opnieuw laden',
      retry: 'Opnieuw proberen',
    },
  },
};
