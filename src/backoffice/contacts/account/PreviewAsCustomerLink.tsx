/** A new tab, so this tab's session stays; the link holds ids only, the tab gets its own preview token. */
import { useId } from 'react';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import { previewPath } from '../../../core/session/previewPaths';

export function PreviewAsCustomerLink({ accountId, contactId, name }: { accountId: number; contactId: number; name: string }) {
  const translate = useTranslate();
  const hintId = useId();
  return (
    <>
      <Button
        component="a"
        href={`#${previewPath(accountId, contactId)}`}
        target="_blank"
        rel="noopener noreferrer"
        variant="outlined"
        fullWidth
        startIcon={<VisibilityIcon />}
        aria-describedby={hintId}
        sx={{ mt: 2 }}
      >
        {translate('hub.preview.button')}
      </Button>
      <Typography id={hintId} variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
        {translate('hub.preview.button_hint', { name })}
      </Typography>
    </>
  );
}
