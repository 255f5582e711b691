import type { ReactNode } from 'react';
import { List, ListItemButton, ListItemIcon, ListItemText } from '@mui/material';
import AccountIcon from '@mui/icons-material/AccountCircleOutlined';
import OrganisationIcon from '@mui/icons-material/BusinessOutlined';
import PermissionIcon from '@mui/icons-material/VerifiedUserOutlined';
import ContractIcon from '@mui/icons-material/DescriptionOutlined';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { Link, useLocation } from 'react-router';
import { portalPaths } from '../portalPaths';

const items: { to: string; label: string; icon: ReactNode; exact?: boolean }[] = [
  { to: portalPaths.account, label: 'hub.portal.menu.account', icon: <AccountIcon />, exact: true },
  { to: portalPaths.organisations, label: 'hub.portal.menu.organisations', icon: <OrganisationIcon /> },
  { to: portalPaths.permissions, label: 'hub.portal.menu.permissions', icon: <PermissionIcon /> },
  { to: portalPaths.contracts, label: 'hub.portal.menu.contracts', icon: <ContractIcon /> },
];

function isCurrent(pathname: string, to: string, exact?: boolean): boolean {
  return exact ? pathname === to : pathname === to || pathname.startsWith(`${to}/`);
}

export function PortalMenu({ onNavigate }: { onNavigate?: () => void }) {
  const translate = useTranslate();
  const { pathname } = useLocation();
  return (
    <List component="div">
      {items.map(({ to, label, icon, exact }) => {
        const current = isCurrent(pathname, to, exact);
        return (
          <ListItemButton
            key={to}
            component={Link}
            to={to}
            selected={current}
            aria-current={current ? 'page' : undefined}
            onClick={onNavigate}
          >
            <ListItemIcon>{icon}</ListItemIcon>
            <ListItemText primary={translate(label)} />
          </ListItemButton>
        );
      })}
    </List>
  );
}
