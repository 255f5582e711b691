import type { preview as enPreview } from '../en/preview';
import type { Messages } from '../../../core/i18n/messages';

export const preview: Messages<typeof enPreview> = {
  hub: {
    preview: {
      button: 'Bekijk als klant',
      button_hint: 'Opent het portaal zoals %{name} het ziet, alleen-lezen, in een nieuw tabblad.',
      banner: 'U bekijkt het portaal als %{name} (alleen-lezen)',
      banner_unnamed: 'U bekijkt het portaal als deze klant (alleen-lezen)',
      back: 'Terug naar het contact',
      ended: 'De voorbeeldweergave is afgelopen: een voorbeeldweergave duurt 15 minuten.',
      again: 'Nieuwe voorbeeldweergave starten',
      starting: 'Het portaal wordt geopend zoals de klant het ziet…',
      confirm: 'U opent het portaal van %{name} zoals deze klant het ziet: alleen-lezen, 15 minuten lang. Dit wordt vastgelegd in de tijdlijn van het contact en in de auditlijst.',
      open: 'Portaal van %{name} openen',
      failed: {
        forbidden: 'Uw rol mag het portaal niet als klant bekijken.',
        not_found: 'Dit klantaccount is niet gevonden bij uw organisatie.',
        invalid_link: 'Deze link naar de voorbeeldweergave is onvolledig. Start de voorbeeldweergave vanuit het accountpaneel van het contact.',
        other: 'De voorbeeldweergave kon niet worden gestart. Probeer het opnieuw.',
      },
      retry: 'Opnieuw proberen',
    },
  },
};
