import { Button } from '@mui/material';
import { useTranslate } from '../../../core/i18n/LocaleProvider';

export function SkipToContent() {
  const translate = useTranslate();
  return (
    <Button
      href="#main-content"
      variant="contained"
      onClick={(event) => {
        // A hash link would fight the HashRouter: move focus instead.
        event.preventDefault();
        document.getElementById('main-content')?.focus();
      }}
      sx={{
        position: 'fixed',
        top: 8,
        left: 8,
        // Above everything while focused: the app bar sits above the drawer, itself above MUI's app bar level.
        zIndex: (theme) => theme.zIndex.tooltip + 1,
        transform: 'translateY(-200%)',
        '&:focus': { transform: 'none' },
      }}
    >
      {translate('hub.portal.skip_to_content')}
    </Button>
  );
}
