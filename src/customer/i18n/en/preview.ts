export const preview = {
  hub: {
    preview: {
      button: 'View as customer',
      button_hint: 'Opens the portal as %{name} sees it, read-only, in a new tab.',
      banner: 'You are viewing the portal as %{name} (read-only)',
      banner_unnamed: 'You are viewing the portal as this customer (read-only)',
      back: 'Back to the contact',
      ended: 'The preview has ended: a preview lasts 15 minutes.',
      again: 'Start a new preview',
      starting: 'Opening the portal as the customer sees it…',
      confirm: 'You are about to open the portal of %{name} as this customer sees it: read-only, for 15 minutes. This is recorded in the contact’s timeline and in the audit list.',
      open: 'Open the portal of %{name}',
      failed: {
        forbidden: 'Your role may not view the portal as a customer.',
        not_found: 'This customer account was not found in your organisation.',
        invalid_link: 'This preview link is incomplete. Start the preview from the contact’s account panel.',
        other: 'The preview could not be started. Please try again.',
      },
      retry: 'Try again',
    },
  },
};
