/** The field's description and a polite live region, so screen readers hear each rule change. */
import { Box, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import MetIcon from '@mui/icons-material/CheckCircle';
import UnmetIcon from '@mui/icons-material/RadioButtonUnchecked';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { PASSWORD_LENGTH } from '../../core/api/apiErrorMessage';

export interface PasswordInput {
  next: string;
  repeat: string;
}

/** What can be checked as they type; "differs from the old password" only the API knows. */
export function passwordRules({ next, repeat }: PasswordInput) {
  return [
    { key: 'rule_length', met: next.length >= PASSWORD_LENGTH.min && next.length <= PASSWORD_LENGTH.max },
    { key: 'rule_match', met: repeat.length > 0 && repeat === next },
  ];
}

export function PasswordPolicy({ id, input }: { id: string; input: PasswordInput }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`hub.portal.password.${key}`);
  return (
    <Box id={id}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {t('policy_title')}
      </Typography>
      <List dense disablePadding aria-live="polite">
        {passwordRules(input).map(({ key, met }) => (
          <ListItem key={key} disableGutters sx={{ py: 0 }}>
            <ListItemIcon sx={{ minWidth: 32, color: met ? 'success.main' : 'text.secondary' }}>
              {met ? <MetIcon fontSize="small" /> : <UnmetIcon fontSize="small" />}
            </ListItemIcon>
            <ListItemText
              primary={`${translate(`hub.portal.password.${key}`, PASSWORD_LENGTH)} (${t(met ? 'rule_met' : 'rule_unmet')})`}
              slotProps={{ primary: { color: met ? 'success.dark' : 'text.primary' } }}
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
