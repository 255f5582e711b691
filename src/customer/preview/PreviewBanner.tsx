import { useEffect, useState } from 'react';
import { Alert, Box, Button, Stack, type Theme } from '@mui/material';
import VisibilityIcon from '@mui/icons-material/VisibilityOutlined';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { currentSession } from '../../core/session/authProvider';
import type { PreviewTab } from '../../core/session/previewTab';
import { readSession } from '../../core/session/session';
import { usePreviewExits } from './usePreviewExits';

/** Expiry also re-renders the banner at that moment, without waiting for a 401. */
function useEnded(): boolean {
  const expiresAt = readSession()?.expiresAt;
  const [timedOut, setTimedOut] = useState(false);
  useEffect(() => {
    if (!expiresAt) return;
    const timer = setTimeout(() => setTimedOut(true), Date.parse(expiresAt) - Date.now());
    return () => clearTimeout(timer);
  }, [expiresAt]);
  return timedOut || !currentSession();
}

/** Sticks under the fixed app bar: `top` follows MUI's toolbar height at each breakpoint. */
export function underAppBar(theme: Theme): Record<string, unknown> {
  const asTop = (style: object): Record<string, unknown> =>
    Object.fromEntries(Object.entries(style).map(([key, value]) => (key === 'minHeight' ? ['top', value] : [key, typeof value === 'object' ? asTop(value) : value])));
  return { position: 'sticky', zIndex: theme.zIndex.appBar - 1, ...asTop(theme.mixins.toolbar) };
}

export function PreviewBanner({ tab }: { tab: PreviewTab }) {
  const translate = useTranslate();
  const ended = useEnded();
  const { backToContact, startAgain } = usePreviewExits(tab);
  const name = readSession()?.user.name;
  return (
    <Alert
      severity="warning"
      icon={<VisibilityIcon />}
      role="region"
      aria-label={translate('hub.preview.button')}
      // The standard (light) warning colours: dark text on light orange, readable (WCAG AA), with
      // a strong edge so the banner stands out from every page.
      sx={{ borderRadius: 0, border: 0, borderBottom: 3, borderColor: 'warning.main', alignItems: 'center', '& .MuiAlert-message': { fontWeight: 600, flex: 1 } }}
    >
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}>
        <Box>
          {ended ? translate('hub.preview.ended') : name ? translate('hub.preview.banner', { name }) : translate('hub.preview.banner_unnamed')}
          {tab.blockedAt && (
            <Box component="span" sx={{ display: 'block', fontWeight: 400 }}>
              {translate('hub.preview.blocked', { organisation: tab.blockedAt })}
            </Box>
          )}
        </Box>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
          {ended && (
            <Button variant="contained" color="warning" size="small" onClick={startAgain}>
              {translate('hub.preview.again')}
            </Button>
          )}
          <Button variant="outlined" color="inherit" size="small" onClick={backToContact}>
            {translate('hub.preview.back')}
          </Button>
        </Stack>
      </Stack>
    </Alert>
  );
}
