/** Nederlandse teksten van `en/accountLifecycle.ts`; dezelfde sleutels. */
import type { accountLifecycle as enaccountLifecycle } from '../en/accountLifecycle';
import type { Messages } from '../messages';

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
      },
      unblock: {
        button: 'Account deblokkeren',
        title: 'Account van %{name} deblokkeren?',
        explanation:
          'Hetzelfde account komt terug, nog steeds gekoppeld aan dit contact, met dezelfde gebruikersnaam en hetzelfde wachtwoord. De klant kan weer inloggen.',
        confirm: 'Deblokkeren',
        done: 'Account gedeblokkeerd',
      },
      errors: {
        account_blocked:
          'Dit account is geblokkeerd (misschien net door een collega). Deblokkeer het eerst. Het paneel toont nu de actuele status.',
        account_already_blocked:
          'Dit account was al geblokkeerd (misschien door een collega). Het paneel toont nu de actuele status.',
        account_not_blocked:
          'Dit account was niet (meer) geblokkeerd; misschien heeft een collega het gedeblokkeerd. Het paneel toont nu de actuele status.',
        forbidden: 'U mag geen klantaccounts beheren.',
        notFound: 'Dit account bestaat niet meer of hoort niet bij uw organisatie.',
        failed: 'Dat is niet gelukt: de server was niet bereikbaar of had een probleem. Probeer het opnieuw.',
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
