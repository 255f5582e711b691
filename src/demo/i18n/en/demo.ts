export const demo = {
  hub: {
    demo: {
      accounts_heading: 'Demo accounts',
      accounts_intro: 'Every demo account uses the password “demo”. Choose one to fill in the form.',
      reset: 'Reset demo data',
      reset_confirm: 'Reset all demo data to the original seed? Your changes will be lost.',
      reset_failed: 'The demo data could not be reset.',
      reset_cancel: 'Cancel',
      reset_confirm_button: 'Reset',
      restored_from_seed:
        'The stored demo data could not be read, so the original demo data was restored.',
      app_code: 'Demo: this account’s authenticator app now shows %{code}.',
      mode_notice: 'Demo mode: the Hub API is simulated in your browser.',
    },
  },
};
