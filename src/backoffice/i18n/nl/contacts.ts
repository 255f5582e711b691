import type { contacts as enContacts } from '../en/contacts';
import type { Messages } from '../../../core/i18n/messages';

export const contacts: Messages<typeof enContacts> = {
  resources: {
    contacts: {
      name: 'Contact |||| Contacten',
      // react-admin's own say "Element"; its controllers look for these first.
      notifications: {
        created: 'Contact aangemaakt',
        updated: 'Contact bijgewerkt',
      },
      fields: {
        name: 'Naam',
        firstName: 'Voornaam',
        middleName: 'Tussenvoegsel',
        lastName: 'Achternaam',
        email: 'E-mail',
        phone: 'Telefoon',
        address: 'Adres',
        street: 'Straat',
        houseNumber: 'Huisnummer',
        postalCode: 'Postcode',
        city: 'Plaats',
        country: 'Land',
        organizationId: 'Organisatie',
        dossierNumber: 'Dossiernummer',
        language: 'Taal',
        createdAt: 'Aangemaakt',
        updatedAt: 'Laatst gewijzigd',
        account: 'Account',
        accountUsername: 'Gebruikersnaam account',
        hasAccount: 'Account',
      },
    },
    organizations: {
      name: 'Organisatie |||| Organisaties',
    },
    accounts: {
      name: 'Account |||| Accounts',
    },
  },
  hub: {
    contacts: {
      list: {
        search: 'Zoek op naam of e-mail',
        anyAccount: 'Alle',
        withAccount: 'Met account',
        withoutAccount: 'Zonder account',
        exportFilename: 'contacten',
      },
      language: {
        nl: 'Nederlands',
        en: 'Engels',
      },
      accountStatus: {
        none: 'Geen account',
        awaiting_first_login: 'Wacht op eerste login',
        awaiting_activation: 'Wacht op activering',
        active: 'Actief',
        temporary_password_expired: 'Tijdelijk wachtwoord verlopen',
        blocked: 'Geblokkeerd',
      },
      form: {
        personal: 'Persoon',
        address: 'Adres',
        other: 'Overig',
        countryHelp: 'Landcode van twee letters, bijv. NL of BE',
      },
      validation: {
        postalCode: 'Vul een Nederlandse postcode in, zoals 1234 AB',
        phone: 'Gebruik alleen cijfers, spaties en + - ( )',
        country: 'Vul een landcode van twee letters in, zoals NL',
      },
      panel: {
        title: 'Account',
        noAccount: 'Dit contact heeft nog geen klantaccount.',
        username: 'Gebruikersnaam',
        status: 'Status',
        createdAt: 'Aangemaakt op',
        activationPending: 'Activeringslink geldig tot',
        activationExpired: 'Activeringslink verlopen op',
        createdBy: 'Aangemaakt door',
        expiresAt: 'Tijdelijk wachtwoord geldig tot',
      },
      addAccount: {
        button: 'Account toevoegen',
        title: 'Account toevoegen voor %{name}',
        intro: 'Het e-mailadres wordt de gebruikersnaam van het klantaccount.',
        email: 'E-mail (gebruikersnaam)',
        submit: 'Account aanmaken',
        cancel: 'Annuleren',
        createdTitle: 'Account aangemaakt voor %{name}',
        username: 'Gebruikersnaam',
        temporaryPassword: 'Tijdelijk wachtwoord',
        copy: 'Tijdelijk wachtwoord kopiëren',
        copied: 'Tijdelijk wachtwoord gekopieerd',
        copyFailed: 'Kopiëren lukte niet: selecteer het wachtwoord en kopieer het zelf.',
        shownWithActivationLink:
          'Dit wachtwoord wordt alleen nu getoond en staat in geen enkele mail. De welkomstmail naar %{email} bevat geen wachtwoord, maar een activeringslink (7 dagen geldig) waarmee de klant zelf een wachtwoord kiest. Geef dit tijdelijke wachtwoord alleen zelf door als de klant daarom vraagt, en dan veilig. Het werkt alleen voor de eerste login, moet dan worden gewijzigd en verloopt op %{date}. Maakt u later een nieuw tijdelijk wachtwoord, dan werkt dit wachtwoord niet meer.',
        shownOnce:
          'Dit wachtwoord wordt alleen nu getoond en niet gemaild: geef het veilig door aan de klant. Het eerdere tijdelijke wachtwoord en een eerder gemailde activeringslink werken niet meer. Het nieuwe werkt alleen voor de eerste login, moet dan worden gewijzigd en verloopt op %{date}.',
        close: 'Sluiten',
        errors: {
          forbidden: 'U mag geen klantaccounts aanmaken.',
          not_found: 'Dit contact bestaat niet meer of hoort niet bij uw organisatie.',
          failed: 'Het account kon niet worden aangemaakt: de server was niet bereikbaar of had een probleem. Probeer het opnieuw.',
        },
      },
    },
  },
};
