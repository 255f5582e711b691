import type { secondStep as enSecondStep } from './en';
import type { Messages } from '../../../../core/i18n/messages';

export const secondStep: Messages<typeof enSecondStep> = {
  hub: {
    second_step: {
      title: 'Bevestig dat u het bent',
      signing_in_as: 'U logt in als %{username}.',
      totp_intro: 'Vul de code van zes cijfers in die uw authenticator-app nu toont.',
      passkey_intro: 'Bevestig met uw passkey: uw vingerafdruk, uw gezicht of de pincode van uw apparaat.',
      recovery_intro: 'Vul een van uw herstelcodes in. Elke code werkt één keer.',
      code: 'Code uit de app',
      code_help: 'Zes cijfers; plakken mag ook.',
      code_required: 'Vul de code van zes cijfers uit de app in.',
      code_format: 'Een code bestaat uit zes cijfers.',
      recovery_code: 'Herstelcode',
      recovery_help: 'Bijvoorbeeld ABCD-EFGH-JK; hoofdletters en streepjes maken niet uit.',
      recovery_required: 'Vul een herstelcode in.',
      submit: 'Bevestigen',
      submitting: 'Controleren…',
      use_passkey: 'Gebruik uw passkey',
      passkey_waiting: 'Wachten op uw browser…',
      use_recovery: 'Gebruik een herstelcode',
      use_app: 'Gebruik een code uit de app',
      back: 'Inloggen met een ander account',
    },
  },
};
