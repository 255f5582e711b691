import type { accountLifecycle as enaccountLifecycle } from '../en/accountLifecycle';
import type { Messages } from '../../../core/i18n/messages';

export const accountLifecycle: Messages<typeof enaccountLifecycle> = {
  hub: {
    account_lifecycle: {
      status: {
        expiredOn: 'Tijdelijk wachtwoord verlopen op',
      },
      actions: {
        label: 'Acties voor het account',
        cancel: 'Annuleren',
        close: 'Sluiten',
      },
      renew: {
        button: 'Nieuw tijdelijk wachtwoord',
        title: 'Nieuw tijdelijk wachtwoord voor %{name}',
        awaiting:
          'Het huidige tijdelijke wachtwoord werkt daarna direct niet meer. Het nieuwe wordt maar één keer getoond: geef het veilig door aan de klant.',
        active:
          'Deze klant heeft al een eigen wachtwoord. Doe dit alleen als de klant erom vraagt omdat die het vergeten is: het eigen wachtwoord werkt dan direct niet meer en de klant wordt overal uitgelogd. Het nieuwe tijdelijke wachtwoord wordt maar één keer getoond.',
        confirm: 'Nieuw wachtwoord maken',
        createdTitle: 'Nieuw tijdelijk wachtwoord voor %{name}',
        done: 'Nieuw tijdelijk wachtwoord gemaakt',
      },
      block: {
        button: 'Account blokkeren',
        title: 'Account van %{name} blokkeren?',
        explanation:
          'Alle sessies van de klant eindigen direct en de klant kan niet meer inloggen, totdat het account weer wordt gedeblokkeerd.',
        confirm: 'Blokkeren',
        done: 'Account geblokkeerd',
        sharedExplanation:
          'Deze klant heeft ook een dossier bij een andere organisatie. De blokkade geldt alleen voor uw organisatie: de klant kan blijven inloggen, maar ziet uw organisatie, het dossier en de contracten bij u niet meer, totdat u het account deblokkeert.',
      },
      unblock: {
        button: 'Account deblokkeren',
        title: 'Account van %{name} deblokkeren?',
        explanation:
          'Hetzelfde account komt terug, nog steeds gekoppeld aan dit contact, met dezelfde gebruikersnaam en hetzelfde wachtwoord. De klant kan weer inloggen.',
        confirm: 'Deblokkeren',
        done: 'Account gedeblokkeerd',
      },
      resetMail: {
        button: 'Herstelmail sturen',
        title: 'Herstelmail sturen aan %{name}?',
        explanation:
          'Deze klant heeft ook een dossier bij een andere organisatie, dus geen organisatie mag het wachtwoord instellen. De klant krijgt een mail met een link om zelf een nieuw wachtwoord te kiezen: de link werkt één keer, 1 uur lang. Er gaat hooguit één mail per 5 minuten uit; een eerder verstuurde link blijft werken.',
        confirm: 'Mail sturen',
        done: 'Herstelmail verstuurd',
      },
      resetSecondFactor: {
        button: 'Tweede factor resetten',
        title: 'Tweede factor van %{name} resetten?',
        explanation:
          'De authenticator-app, de passkeys en de herstelcodes van de klant worden verwijderd en alle sessies van de klant eindigen direct. Bij de volgende login logt de klant in met alleen het wachtwoord en stelt opnieuw een tweede factor in.',
        sharedExplanation:
          'De authenticator-app, de passkeys en de herstelcodes van de klant worden verwijderd en alle sessies van de klant eindigen direct. Bij de volgende login logt de klant in met alleen het wachtwoord en stelt opnieuw een tweede factor in. Deze klant heeft ook een dossier bij een andere organisatie: de reset geldt voor het hele account en is daar ook te zien.',
        confirm: 'Resetten',
        done: 'Tweede factor van %{name} gereset',
      },
      endSessions: {
        button: 'Alle sessies beëindigen',
        title: 'Alle sessies van %{name} beëindigen?',
        explanation:
          'De klant wordt op elk apparaat en in elke browser direct uitgelogd en moet opnieuw inloggen. Het wachtwoord en de tweede factor blijven zoals ze zijn.',
        sharedExplanation:
          'De klant wordt op elk apparaat en in elke browser direct uitgelogd en moet opnieuw inloggen. Het wachtwoord en de tweede factor blijven zoals ze zijn. Deze klant heeft ook een dossier bij een andere organisatie: het is één account, dus de klant wordt ook daar uitgelogd.',
        confirm: 'Sessies beëindigen',
        done: 'Alle sessies van %{name} beëindigd',
      },
      activationMail: {
        button: 'Activeringslink opnieuw sturen',
        title: 'Activeringslink opnieuw sturen aan %{name}?',
        explanation:
          'De klant krijgt op %{email} een nieuwe activeringslink om zelf een wachtwoord te kiezen. De link werkt één keer en is 7 dagen geldig; eerder verstuurde activeringslinks werken daarna niet meer.',
        confirm: 'Link sturen',
        done: 'Activeringslink verstuurd aan %{email}',
      },
      blockedForOrganisation: 'Geblokkeerd voor uw organisatie',
      otherOrganisation: 'een andere organisatie',
      errors: {
        forbidden: 'U mag geen klantaccounts beheren.',
        not_found: 'Dit account bestaat niet meer of hoort niet bij uw organisatie.',
        failed: 'Dat is niet gelukt: de server was niet bereikbaar of had een probleem. Probeer het opnieuw.',
      },
      signInMethods: {
        title: 'Inlogmethoden',
        loading: 'Inlogmethoden laden…',
        failed: 'De inlogmethoden konden niet worden geladen.',
        retry: 'Opnieuw proberen',
        password: 'Wachtwoord',
        ownPassword: 'Eigen wachtwoord',
        temporaryPassword: 'Alleen een tijdelijk wachtwoord',
        app: 'Authenticator-app',
        appAdded: 'Ja, toegevoegd op %{date}',
        noApp: 'Nee',
        passkeys: 'Passkeys',
        lastUsed: 'laatst gebruikt op %{date}',
        neverUsed: 'nog niet gebruikt',
        recoveryCodes: 'Herstelcodes',
        recoveryCodesLeft: '1 van 10 over |||| %{smart_count} van 10 over',
        openSessions: 'Open sessies',
        openSessionsCount: '1 sessie |||| %{smart_count} sessies',
        none: 'Geen',
      },
      timeline: {
        title: 'Tijdlijn',
        loading: 'Tijdlijn laden…',
        empty: 'Nog geen gebeurtenissen.',
        failed: 'De tijdlijn kon niet worden geladen.',
        retry: 'Opnieuw proberen',
        showMore: 'Meer tonen',
        by: 'door %{actor}',
      },
    },
  },
};
