export const contacts = {
  resources: {
    contacts: {
      name: 'Contact |||| Contacts',
      // react-admin's own say "Element"; its controllers look for these first.
      notifications: {
        created: 'Contact created',
        updated: 'Contact updated',
      },
      fields: {
        name: 'Name',
        firstName: 'First name',
        middleName: 'Middle name (tussenvoegsel)',
        lastName: 'Last name',
        email: 'Email',
        phone: 'Phone',
        address: 'Address',
        street: 'Street',
        houseNumber: 'House number',
        postalCode: 'Postcode',
        city: 'City',
        country: 'Country',
        organizationId: 'Organisation',
        dossierNumber: 'Dossier number',
        language: 'Language',
        createdAt: 'Created',
        updatedAt: 'Last changed',
        account: 'Account',
        accountUsername: 'Account username',
        hasAccount: 'Account',
      },
    },
    organizations: {
      name: 'Organisation |||| Organisations',
    },
    accounts: {
      name: 'Account |||| Accounts',
    },
  },
  hub: {
    contacts: {
      list: {
        search: 'Search name or email',
        anyAccount: 'All',
        withAccount: 'With account',
        withoutAccount: 'Without account',
        exportFilename: 'contacts',
      },
      language: {
        nl: 'Dutch',
        en: 'English',
      },
      accountStatus: {
        none: 'No account',
        awaiting_first_login: 'Awaiting first login',
        awaiting_activation: 'Awaiting activation',
        active: 'Active',
        temporary_password_expired: 'Temporary password expired',
        blocked: 'Blocked',
      },
      form: {
        personal: 'Person',
        address: 'Address',
        other: 'Other',
        countryHelp: 'Two-letter country code, e.g. NL or BE',
      },
      validation: {
        postalCode: 'Enter a Dutch postcode such as 1234 AB',
        phone: 'Use only digits, spaces and + - ( )',
        country: 'Enter a two-letter country code such as NL',
      },
      panel: {
        title: 'Account',
        noAccount: 'This contact has no customer account yet.',
        username: 'Username',
        status: 'Status',
        createdAt: 'Created at',
        activationPending: 'Activation link valid until',
        activationExpired: 'Activation link expired on',
        createdBy: 'Created by',
        expiresAt: 'Temporary password valid until',
      },
      addAccount: {
        button: 'Add account',
        title: 'Add account for %{name}',
        intro: 'The email address becomes the username of the customer account.',
        email: 'Email (username)',
        submit: 'Create account',
        cancel: 'Cancel',
        createdTitle: 'Account created for %{name}',
        username: 'Username',
        temporaryPassword: 'Temporary password',
        copy: 'Copy temporary password',
        copied: 'Temporary password copied',
        copyFailed: 'Copying did not work: select the password and copy it yourself.',
        shownWithActivationLink:
          'This password is shown only now and is in no mail. The welcome mail to %{email} carries no password but an activation link (valid 7 days) with which the customer chooses their own. Pass this temporary password on yourself only if the customer asks, and then securely. It works for the first login only, must then be changed, and expires on %{date}. If you make a new temporary password later, this one stops working.',
        shownOnce:
          'This password is shown only now and is not mailed: pass it on to the customer securely. The earlier temporary password and any activation link mailed earlier no longer work. The new one works for the first login only, must then be changed, and expires on %{date}.',
        close: 'Close',
        errors: {
          forbidden: 'You may not create customer accounts.',
          not_found: 'This contact no longer exists or is not in your organisation.',
          failed: 'The account could not be created: the server could not be reached or had a problem. Please try again.',
        },
      },
    },
  },
};
