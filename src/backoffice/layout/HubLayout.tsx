/** The back-office layout: react-admin's, with our app bar, our menu and the demo-data notice. */
import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { RestoredFromSeedNotice } from '../../demo/RestoredFromSeedNotice';
import { HubAppBar } from './HubAppBar';
import { HubMenu } from './HubMenu';

export function HubLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={HubAppBar} menu={HubMenu}>
      {__DEMO__ && <RestoredFromSeedNotice />}
      {children}
    </Layout>
  );
}
