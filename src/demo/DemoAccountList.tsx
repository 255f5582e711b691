import { List, ListItem, ListItemButton, ListItemText } from '@mui/material';
import { useTranslate } from '../core/i18n/LocaleProvider';
import { DEMO_PASSWORD, demoLogins } from '../../mocks/db/logins';
import { DemoOutboxLink } from './DemoOutboxLink';
import { DemoSection } from './DemoSection';

// MUI marks keyboard focus with a faint grey fill (1.3:1); a ring in the primary colour stands out (WCAG 2.4.11).
const FOCUS_RING = {
  borderRadius: 1,
  '&.Mui-focusVisible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: '-2px' },
} as const;

interface DemoAccountListProps {
  onChoose: (credentials: { username: string; password: string }) => void;
}

export function DemoAccountList({ onChoose }: DemoAccountListProps) {
  const translate = useTranslate();
  return (
    <>
      <DemoSection title={translate('hub.demo.accounts_heading')} intro={translate('hub.demo.accounts_intro')}>
        <List dense disablePadding>
          {demoLogins.map((account) => (
            <ListItem key={account.username} disablePadding>
              <ListItemButton
                // Named by what it shows, address and role (WCAG 2.5.3 Label in Name).
                onClick={() => onChoose({ username: account.username, password: DEMO_PASSWORD })}
                sx={FOCUS_RING}
              >
                {/* Role under the address: side by side, long addresses broke mid-word on a phone. */}
                <ListItemText
                  primary={account.username}
                  secondary={translate(`hub.roles.${account.role}`)}
                  slotProps={{ primary: { variant: 'body2' } }}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </DemoSection>
      <DemoOutboxLink />
    </>
  );
}
