/**
 * Whether the customer still has to replace their temporary password, from the identity the
 * authProvider reports (undefined while it is being read).
 */
import { useGetIdentity } from 'react-admin';

export function useMustChangePassword(): boolean | undefined {
  const { identity, isPending } = useGetIdentity();
  if (isPending) return undefined;
  return identity?.mustChangePassword === true;
}
