import type { bulkAccounts as enbulkAccounts } from '../en/bulkAccounts';
import type { Messages } from '../../../core/i18n/messages';

export const bulkAccounts: Messages<typeof enbulkAccounts> = {
  hub: {
    bulk_accounts: {
      button: 'Account toevoegen',
      title: 'Account toevoegen voor 1 contact |||| Accounts toevoegen voor %{smart_count} contacten',
      intro:
        'Elk e-mailadres wordt de gebruikersnaam van een klantaccount. Er is nog niets aangemaakt: controleer de lijst, verbeter waar nodig een e-mailadres en maak dan de accounts aan die klaar zijn.',
      preview: 'Geselecteerde contacten',
      loading: 'De geselecteerde contacten worden gecontroleerd…',
      email_label: 'E-mail (gebruikersnaam)',
      email_for: 'E-mail (gebruikersnaam) van %{name}',
      no_email: 'Geen e-mailadres',
      state: {
        ready: 'Klaar',
        no_email: 'Geen e-mail',
        invalid_email: 'Ongeldig e-mailadres',
        contact_has_account: 'Heeft al een account',
        email_in_use: 'E-mail al in gebruik',
        not_found: 'Niet gevonden',
        checking: 'Controleren…',
        check_failed: 'Niet gecontroleerd',
        created: 'Aangemaakt',
      },
      explain: {
        ready: 'Er wordt een account aangemaakt met deze gebruikersnaam.',
        no_email: 'Dit contact heeft geen e-mailadres. Vul er een in om een account aan te maken.',
        invalid_email: 'Dit is geen geldig e-mailadres. Verbeter het om een account aan te maken.',
        contact_has_account: 'Dit contact heeft al een klantaccount; er komt geen tweede bij.',
        email_in_use: 'Dit e-mailadres is al de gebruikersnaam van een ander account. Vul een ander adres in.',
        not_found: 'Dit contact bestaat niet meer of hoort niet bij uw organisatie.',
        checking: 'Dit e-mailadres wordt gecontroleerd…',
        check_failed: 'Dit e-mailadres kon niet worden gecontroleerd. Druk op Enter in het veld om het opnieuw te proberen.',
        created: 'Het account is aangemaakt.',
      },
      create: '1 account aanmaken |||| %{smart_count} accounts aanmaken',
      nothing_ready: 'Nog geen enkel contact is klaar: verbeter de e-mailadressen hierboven, of annuleer.',
      cancel: 'Annuleren',
      retry: 'Opnieuw proberen',
      close: 'Sluiten',
      progress: 'Accounts aanmaken',
      progress_count: '%{done} van %{total}',
      results_title: 'Resultaat',
      summary: '%{created} aangemaakt, %{skipped} overgeslagen.',
      created: 'Aangemaakt — gebruikersnaam %{username}',
      skipped: 'Overgeslagen — %{reason}',
      welcome_mails:
        'Wachtwoorden worden hier niet getoond en nergens gemaild: elke nieuwe klant heeft een welkomstmail gekregen met de gebruikersnaam en een activeringslink om zelf een wachtwoord te kiezen.',
      errors: {
        forbidden: 'U mag geen klantaccounts aanmaken.',
        too_many: 'Selecteer maximaal 500 contacten tegelijk.',
        failed: 'De server was niet bereikbaar of had een probleem. Wat u hebt ingevuld blijft bewaard: probeer het opnieuw.',
        stopped: 'Gestopt na %{done} van %{total}. %{reason}',
      },
    },
  },
};
