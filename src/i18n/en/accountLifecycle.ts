/** English texts of the account actions and timeline in the contact panel (`hub.account_lifecycle.*`). */
export const accountLifecycle = {};
