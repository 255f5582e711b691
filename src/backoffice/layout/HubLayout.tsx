import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { useBackOfficeSlots } from '../../core/plugins';
import { HubAppBar } from './HubAppBar';
import { HubMenu } from './HubMenu';

export function HubLayout({ children }: { children: ReactNode }) {
  const { Notice } = useBackOfficeSlots();
  return (
    <Layout appBar={HubAppBar} menu={HubMenu}>
      {Notice && <Notice />}
      {children}
    </Layout>
  );
}
