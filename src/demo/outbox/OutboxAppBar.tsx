/** Outside the back-office layout, so a customer can read their mail before they can log in. */
import HomeIcon from '@mui/icons-material/Home';
import { AppBar, Button, IconButton, Toolbar, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../core/ui/LanguageSwitch';

export function OutboxAppBar() {
  const translate = useTranslate();
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const toApp = translate('hub.outbox.to_app');
  return (
    <AppBar position="static" color="primary" elevation={1}>
      <Toolbar sx={{ gap: 1 }}>
        <Typography variant="h6" component="h1" noWrap sx={{ flex: 1 }}>
          {translate('hub.outbox.title')}
        </Typography>
        <LanguageSwitch />
        {isPhone ? (
          <IconButton component={Link} to="/" color="inherit" aria-label={toApp} title={toApp}>
            <HomeIcon />
          </IconButton>
        ) : (
          <Button component={Link} to="/" color="inherit" startIcon={<HomeIcon />}>
            {toApp}
          </Button>
        )}
      </Toolbar>
    </AppBar>
  );
}
