import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { useResetDemoData } from '../ResetDemoDataButton';

export function ResetDemoDataMenuItem() {
  const translate = useTranslate();
  const { ask, dialog } = useResetDemoData();
  return (
    <>
      <MenuItem onClick={ask}>
        <ListItemIcon>
          <RestartAltIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{translate('hub.demo.reset')}</ListItemText>
      </MenuItem>
      {dialog}
    </>
  );
}
