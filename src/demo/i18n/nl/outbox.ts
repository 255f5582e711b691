import type { outbox as enoutbox } from '../en/outbox';
import type { Messages } from '../../../core/i18n/messages';

export const outbox: Messages<typeof enoutbox> = {
  resources: {
    outbox: {
      name: 'Mail |||| Mails',
      fields: {
        to: 'Aan',
        subject: 'Onderwerp',
        sentAt: 'Verzonden',
        kind: 'Soort',
      },
    },
  },
  hub: {
    outbox: {
      title: 'Demo-postvak',
      bulk_result_link: 'Demo: lees de welkomstmails in het demo-postvak (nieuw tabblad)',
      intro: 'De mails die de demo-Hub verstuurde. Er gaat niets echt de deur uit.',
      open: 'Demo-postvak openen',
      login_intro: 'Welkomstmails en mails om een nieuw wachtwoord te kiezen komen in de demo binnen in het demo-postvak.',
      to_app: 'Naar Hub Portal',
      search: 'Zoek op ontvanger of onderwerp',
      list_label: 'Mails, nieuwste eerst',
      kinds: {
        welcome: 'Welkom',
        password_reset: 'Nieuw wachtwoord',
        activation: 'Activeringslink',
        security: 'Beveiligingsmelding',
      },
      empty: 'Nog geen mails. Ze verschijnen hier zodra een account wordt aangemaakt of iemand een nieuw wachtwoord aanvraagt.',
      no_match: 'Geen mails gevonden voor deze zoekopdracht.',
      more: 'De nieuwste %{shown} van %{total} mails. Zoek om oudere te vinden.',
      choose: 'Kies een mail om die te lezen.',
      back: 'Alle mails',
      load_error: 'De mails konden niet worden geladen.',
      not_found: 'Deze mail bestaat niet (meer).',
      views: 'Weergave',
      view_html: 'Opgemaakt',
      view_text: 'Platte tekst',
      frame_title: 'Mail: %{subject}',
      links_open_here: 'Links in de mail openen in dit tabblad.',
    },
  },
};
