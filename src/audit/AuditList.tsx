/** The account events of the organisation, for Beheerders. */
export function AuditList() {
  return null;
}
