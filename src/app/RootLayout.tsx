/** What every page shares, above both sections: the reaction to a session ended in another tab. */
import { Outlet } from 'react-router';
import { SessionEndedElsewhere } from '../core/session/SessionEndedElsewhere';

export function RootLayout() {
  return (
    <>
      <SessionEndedElsewhere />
      <Outlet />
    </>
  );
}
