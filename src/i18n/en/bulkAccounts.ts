/** English texts of the bulk action "Account toevoegen" on the contacts list (`hub.bulk_accounts.*`). */
export const bulkAccounts = {};
