import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from '../core/i18n/LocaleProvider';
import { LanguageSwitch } from '../core/ui/LanguageSwitch';

interface AuthPageLayoutProps {
  heading: string;
  intro?: string;
  children: ReactNode;
}

export function AuthPageLayout({ heading, intro, children }: AuthPageLayoutProps) {
  const translate = useTranslate();
  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        bgcolor: 'grey.100',
        backgroundImage: (theme) =>
          `linear-gradient(180deg, ${theme.palette.primary.main} 0, ${theme.palette.primary.main} 220px, transparent 220px)`,
        px: 2,
        pb: 4,
      }}
    >
      <Box
        component="header"
        sx={{ width: '100%', maxWidth: 440, display: 'flex', alignItems: 'center', py: 2, color: 'common.white' }}
      >
        <Box sx={{ flex: 1 }}>
          <Typography variant="h5" component="p" fontWeight={700}>
            {translate('hub.title')}
          </Typography>
          <Typography variant="body2" sx={{ opacity: 0.85 }}>
            {translate('hub.tagline')}
          </Typography>
        </Box>
        <LanguageSwitch />
      </Box>
      <Card sx={{ width: '100%', maxWidth: 440 }} elevation={3}>
        <CardContent sx={{ p: { xs: 2.5, sm: 4 } }}>
          <Stack spacing={2.5}>
            <Box>
              <Typography variant="h4" component="h1" gutterBottom sx={{ fontSize: { xs: '1.75rem', sm: '2.125rem' } }}>
                {heading}
              </Typography>
              {intro && <Typography color="text.secondary">{intro}</Typography>}
            </Box>
            {children}
          </Stack>
        </CardContent>
      </Card>
    </Box>
  );
}
