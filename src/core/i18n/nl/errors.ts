import type { errors as enErrors } from '../en/errors';
import type { Messages } from '../messages';

export const errors: Messages<typeof enErrors> = {
  hub: {
    errors: {
      unauthorized: 'Uw sessie is beëindigd. Log opnieuw in.',
      forbidden: 'U mag dit niet doen.',
      not_found: 'Dit bestaat niet meer, of het hoort niet bij uw organisatie.',
      validation_failed: 'Sommige velden ontbreken of zijn niet geldig. Controleer het formulier.',
      invalid_json: 'De Hub kon dit verzoek niet lezen. Laad de pagina opnieuw en probeer het nog eens.',
      invalid_type: 'De Hub kon dit verzoek niet lezen. Laad de pagina opnieuw en probeer het nog eens.',
      invalid_url: 'Dit adres is niet geldig. Laad de pagina opnieuw en probeer het nog eens.',
      invalid_query: 'Dit filter of deze sortering is niet geldig. Zet het terug en probeer het nog eens.',
      range_too_large: 'Dat zijn te veel records tegelijk. Kies een kleinere pagina.',
      payload_too_large: 'Dat is te veel om in één keer te versturen. Verstuur minder en probeer het opnieuw.',
      unsupported_media_type: 'De Hub kon dit verzoek niet lezen. Laad de pagina opnieuw en probeer het nog eens.',
      method_not_allowed: 'De Hub staat dit niet toe. Laad de pagina opnieuw en probeer het nog eens.',
      too_many_attempts: 'Te veel pogingen. Wacht even en probeer het opnieuw.',
      too_many_requests: 'Te veel adressen gecontroleerd in proefrondes dit uur. Probeer het later opnieuw.',
      bad_request: 'Het verzoek kon niet worden gelezen.',
      internal_error: 'De Hub had een probleem. Probeer het later opnieuw.',
      network_error: 'De Hub is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
      invalid_credentials: 'Het e-mailadres of wachtwoord is onjuist.',
      temporary_password_expired: 'Uw tijdelijke wachtwoord is verlopen. Vraag uw organisatie om een nieuw wachtwoord.',
      temporary_password_used: 'Dit tijdelijke wachtwoord is al gebruikt. Vraag uw organisatie om een nieuw wachtwoord.',
      password_change_required: 'Wijzig eerst uw tijdelijke wachtwoord.',
      preview_read_only: 'De voorbeeldweergave is alleen-lezen: er kan niets in worden gewijzigd.',
      account_blocked:
        'Dit account is geblokkeerd (misschien net door een collega). Deblokkeer het eerst. Het paneel toont nu de actuele status.',
      account_already_blocked:
        'Dit account was al geblokkeerd (misschien door een collega). Het paneel toont nu de actuele status.',
      account_not_blocked:
        'Dit account was niet (meer) geblokkeerd; misschien heeft een collega het gedeblokkeerd. Het paneel toont nu de actuele status.',
      account_shared:
        'Deze klant heeft ook een dossier bij een andere organisatie: geen organisatie mag het wachtwoord instellen. Stuur in plaats daarvan een herstelmail.',
      contact_has_account:
        'Dit contact heeft al een account (waarschijnlijk net aangemaakt door een collega). Het paneel toont het nu.',
      email_in_use: 'Dit e-mailadres is al de gebruikersnaam van een ander account.',
      documents_not_allowed: 'U mag dit document niet downloaden: uw account heeft niet het recht "Documenten downloaden".',
      reset_token_invalid:
        'Deze link is niet (meer) geldig. Misschien is er intussen een nieuwere link verstuurd, of kan het account hem niet gebruiken. Vraag een nieuwe link aan.',
      reset_token_used: 'Deze link is al gebruikt: een link werkt maar één keer. Vraag een nieuwe link aan als u uw wachtwoord opnieuw wilt instellen.',
      reset_token_expired: 'Deze link is verlopen: een link is 1 uur geldig. Vraag een nieuwe link aan.',
      field: {
        required: 'Verplicht',
        too_short: 'Te kort: minimaal %{min} tekens.',
        too_long: 'Te lang: maximaal %{max} tekens.',
        invalid_email: 'Vul een geldig e-mailadres in.',
        same_as_temporary: 'Kies een ander wachtwoord dan het tijdelijke.',
        same_as_current: 'Dit wachtwoord kan niet worden gebruikt. Kies een ander wachtwoord dan uw huidige.',
        wrong_current_password: 'Uw huidige wachtwoord is niet juist.',
        invalid: 'Controleer deze waarde.',
        password_blank: 'Een wachtwoord mag niet leeg zijn of alleen uit spaties bestaan.',
        password_too_short: 'Te kort: minimaal 10 tekens.',
        password_too_long: 'Te lang: maximaal 128 tekens.',
        password_personal: 'Gebruik niet uw e-mailadres of uw naam als wachtwoord.',
        password_common: 'Dit wachtwoord wordt veel gebruikt of is uitgelekt. Kies een ander wachtwoord.',
        password_unchanged: 'Kies een ander wachtwoord dan uw huidige.',
        text_forbidden_characters: 'Gebruik één regel, zonder regeleinden of speciale tekens.',
      },
    },
  },
};
