/**
 * The back-office menu: react-admin's resource items (each shown only to roles that may list
 * it, so "Audit" only to Beheerders), plus the plug-in's items (the demo outbox).
 */
import { Menu } from 'react-admin';
import { useBackOfficeSlots } from '../../core/plugins';

export function HubMenu() {
  const { menuItems = [] } = useBackOfficeSlots();
  return (
    <Menu>
      <Menu.ResourceItems />
      {menuItems.map(({ to, label, icon }) => (
        <Menu.Item key={to} to={to} primaryText={label} leftIcon={icon} />
      ))}
    </Menu>
  );
}
