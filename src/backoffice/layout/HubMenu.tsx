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
