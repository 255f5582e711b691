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
