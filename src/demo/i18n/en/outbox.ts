export const outbox = {
  resources: {
    outbox: {
      name: 'Mail |||| Mails',
      fields: {
        to: 'To',
        subject: 'Subject',
        sentAt: 'Sent',
        kind: 'Kind',
      },
    },
  },
  hub: {
    outbox: {
      title: 'Demo outbox',
      bulk_result_link: 'Demo: read the welcome mails in the demo outbox (new tab)',
      intro: 'The mails the demo Hub sent. Nothing really leaves your browser.',
      open: 'Open the demo outbox',
      login_intro: 'Welcome mails and password-reset mails of the demo arrive in the demo outbox.',
      to_app: 'To Hub Portal',
      search: 'Search recipient or subject',
      list_label: 'Mails, newest first',
      kinds: {
        welcome: 'Welcome',
        password_reset: 'Password reset',
        activation: 'Activation link',
        security: 'Security notice',
      },
      empty: 'No mails yet. They appear here when an account is created or someone asks for a new password.',
      no_match: 'No mails match your search.',
      more: 'Showing the newest %{shown} of %{total} mails. Search to find older ones.',
      choose: 'Choose a mail to read it.',
      back: 'All mails',
      load_error: 'The mails could not be loaded.',
      not_found: 'This mail does not exist (any more).',
      views: 'View',
      view_html: 'Formatted',
      view_text: 'Plain text',
      frame_title: 'Mail: %{subject}',
      links_open_here: 'Links in the mail open in this tab.',
    },
  },
};
