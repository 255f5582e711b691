export const accountLifecycle = {
  hub: {
    account_lifecycle: {
      status: {
        expiredOn: 'Temporary password expired on',
      },
      actions: {
        label: 'Account actions',
        cancel: 'Cancel',
        close: 'Close',
      },
      renew: {
        button: 'New temporary password',
        title: 'New temporary password for %{name}',
        awaiting:
          'The current temporary password stops working at once. The new one is shown only once: pass it on to the customer securely.',
        active:
          'This customer already set their own password. Only do this when they ask for it because they forgot it: their own password stops working at once and they are logged out everywhere. The new temporary password is shown only once.',
        confirm: 'Create new password',
        createdTitle: 'New temporary password for %{name}',
        done: 'New temporary password created',
      },
      block: {
        button: 'Block account',
        title: 'Block the account of %{name}?',
        explanation:
          'All sessions of the customer end at once and they can no longer log in, until the account is unblocked.',
        confirm: 'Block',
        done: 'Account blocked',
        sharedExplanation:
          'This customer also has a dossier with another organisation. The block is for your organisation only: the customer keeps logging in, but no longer sees your organisation, its dossier and its contracts, until you unblock the account.',
      },
      unblock: {
        button: 'Unblock account',
        title: 'Unblock the account of %{name}?',
        explanation:
          'The same account comes back, still linked to this contact, with the same username and password. The customer can log in again.',
        confirm: 'Unblock',
        done: 'Account unblocked',
      },
      resetMail: {
        button: 'Send reset mail',
        title: 'Send %{name} a reset mail?',
        explanation:
          'This customer also has a dossier with another organisation, so no organisation may set their password. The customer gets a mail with a link to choose a new password themselves: the link works once, for 1 hour. At most one mail goes out every 5 minutes; a link sent earlier keeps working.',
        confirm: 'Send mail',
        done: 'Reset mail sent',
      },
      resetSecondFactor: {
        button: 'Reset second factor',
        title: 'Reset the second factor of %{name}?',
        explanation:
          "The customer's authenticator app, passkeys and recovery codes are removed, and all of the customer's sessions end at once. At the next login the customer signs in with the password alone and sets up a second factor again.",
        sharedExplanation:
          "The customer's authenticator app, passkeys and recovery codes are removed, and all of the customer's sessions end at once. At the next login the customer signs in with the password alone and sets up a second factor again. This customer also has a file at another organisation: the reset applies to the whole account and shows there too.",
        confirm: 'Reset',
        done: 'Second factor of %{name} reset',
      },
      endSessions: {
        button: 'End all sessions',
        title: 'End all sessions of %{name}?',
        explanation:
          'The customer is logged out at once on every device and in every browser and must log in again. The password and the second factor stay as they are.',
        sharedExplanation:
          'The customer is logged out at once on every device and in every browser and must log in again. The password and the second factor stay as they are. This customer also has a file at another organisation: it is one account, so the customer is logged out there too.',
        confirm: 'End sessions',
        done: 'All sessions of %{name} ended',
      },
      activationMail: {
        button: 'Send activation link again',
        title: 'Send the activation link to %{name} again?',
        explanation:
          'The customer receives a new activation link at %{email} to choose their own password. The link works once and is valid for 7 days; activation links sent earlier stop working.',
        confirm: 'Send link',
        done: 'Activation link sent to %{email}',
      },
      blockedForOrganisation: 'Blocked for your organisation',
      otherOrganisation: 'another organisation',
      errors: {
        forbidden: 'You may not manage customer accounts.',
        not_found: 'This account no longer exists or does not belong to your organisation.',
        failed: 'That did not work: the server could not be reached or had a problem. Please try again.',
      },
      signInMethods: {
        title: 'Sign-in methods',
        loading: 'Loading sign-in methods…',
        failed: 'The sign-in methods could not be loaded.',
        retry: 'Try again',
        password: 'Password',
        ownPassword: 'Own password',
        temporaryPassword: 'Temporary password only',
        app: 'Authenticator app',
        appAdded: 'Yes, added on %{date}',
        noApp: 'No',
        passkeys: 'Passkeys',
        lastUsed: 'last used on %{date}',
        neverUsed: 'not used yet',
        recoveryCodes: 'Recovery codes',
        recoveryCodesLeft: '1 of 10 left |||| %{smart_count} of 10 left',
        openSessions: 'Open sessions',
        openSessionsCount: '1 session |||| %{smart_count} sessions',
        none: 'None',
      },
      timeline: {
        title: 'Timeline',
        loading: 'Loading the timeline…',
        empty: 'No events yet.',
        failed: 'The timeline could not be loaded.',
        retry: 'Try again',
        showMore: 'Show more',
        by: 'by %{actor}',
      },
    },
  },
};
