export const app = {
  hub: {
    title: 'Hub Portal',
    tagline: 'Contacts and customer accounts, in one place',
    loading: 'Loading…',
    language: {
      label: 'Language',
    },
    login: {
      heading: 'Log in',
      intro: 'Log in with your email address and password.',
      username: 'Email address',
      password: 'Password',
      show_password: 'Show password',
      hide_password: 'Hide password',
      submit: 'Log in',
      submitting: 'Logging in…',
      required: 'Please enter your email address and password.',
      too_many_attempts:
        'Too many failed attempts for this email address. Please try again later, or choose a new password via "Forgot your password?".',
      repeated_failures:
        'Incorrect email address or password. After repeated failed attempts, logging in with this email address may be blocked for a while. Forgotten your password? Choose a new one.',
      session_expired: 'Your session has expired. Please log in again.',
      failed: 'Logging in failed. Please try again.',
      passkey: 'Log in with a passkey',
    },
    roles: {
      beheerder: 'Administrator',
      relatiebeheerder: 'Account manager',
      medewerker: 'Employee',
      klant: 'Customer',
    },
    menu: {
      user: 'User menu',
      user_of: '%{name}, user menu',
    },
    access_denied: {
      title: 'No access',
      message: 'You do not have access to this page.',
      home: 'Go to your start page',
    },
    errors: {
      boundary_title: 'Something went wrong',
      boundary_message: 'An unexpected error occurred. Reload the page to continue.',
      reload: 'Reload page',
      retry: 'Try again',
    },
  },
};
