export const selfService = {
  hub: {
    self_service: {
      forgot: {
        open: 'Forgot your password?',
        title: 'Forgot your password?',
        intro: 'Enter the email address you log in with. We will send you a link to set a new password.',
        username: 'Email address',
        required: 'Please enter your email address.',
        invalid_email: 'Please enter a valid email address, for example name@example.com.',
        submit: 'Send link',
        sending: 'Sending…',
        cancel: 'Cancel',
        close: 'Close',
        neutral:
          'If an account belongs to this email address, you will receive an email with a link to set a new password. The link is valid for 1 hour.',
        failed: 'Your request could not be sent. Please try again later.',
      },
      reset: {
        title: 'Set a new password',
        intro: 'Choose a new password of at least 10 characters that differs from your current password.',
        submit: 'Set password',
        saving: 'Saving…',
        policy_unmet: 'Your new password does not meet every rule yet.',
        failed: 'Your password could not be set. Please try again later.',
        done: 'Your password has been set. Log in with your new password.',
        link_missing: 'This link is not complete. Open the link from the email once more, or ask for a new one.',
        request_new: 'Ask for a new link',
        to_login: 'Go to log in',
      },
      blocked: 'Your account has been blocked. Please contact your organisation.',
    },
  },
};
