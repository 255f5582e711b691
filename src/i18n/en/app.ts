/** The shell's own words: login, layout, language, errors (namespace `hub.*`). */
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
      invalid_credentials: 'The email address or password is incorrect.',
      temporary_password_expired:
        'Your temporary password has expired. Please ask your organisation for a new one.',
      temporary_password_used:
        'This temporary password has already been used. Please ask your organisation for a new one.',
      session_expired: 'Your session has expired. Please log in again.',
      failed: 'Logging in failed. Please try again.',
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
      network: 'The Hub could not be reached. Check your connection and try again.',
      reasons: {
        password_blank: 'A password cannot be empty or only spaces.',
        password_too_short: 'Use at least 10 characters.',
        password_too_long: 'Use at most 128 characters.',
        password_personal: 'Do not use your email address or your name as your password.',
        password_common: 'This password is commonly used or has leaked. Choose another one.',
        password_unchanged: 'Choose a password other than your current one.',
        text_forbidden_characters: 'Use one line, without line breaks or special characters.',
      },
      boundary_title: 'Something went wrong',
      boundary_message: 'An unexpected error occurred. Reload the page to continue.',
      reload: 'Reload page',
      retry: 'Try again',
    },
  },
};
