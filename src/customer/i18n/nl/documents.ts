import type { documents as enDocuments } from '../en/documents';
import type { Messages } from '../../../core/i18n/messages';

export const documents: Messages<typeof enDocuments> = {
  hub: {
    documents: {
      not_allowed: 'U kunt deze documenten hier niet openen: uw account heeft niet het recht "Documenten downloaden". Vraag uw adviseur om de documenten, of om dat recht.',
      downloading: 'Bezig met downloaden…',
      progress: '%{title} downloaden',
      progress_percent: '%{percent}% van %{size}',
      saved: '%{title} is gedownload.',
      failed: {
        network_error: 'Het document kon niet worden gedownload: er is geen verbinding. Controleer uw internetverbinding en probeer het opnieuw.',
        forbidden: 'U mag dit document niet downloaden: uw account heeft niet het recht "Documenten downloaden".',
        not_found: 'Dit document bestaat niet meer, of het hoort niet bij uw contracten.',
        other: 'Het downloaden is mislukt door een storing bij ons. Probeer het later opnieuw.',
      },
      retry: 'Opnieuw proberen',
    },
  },
};
