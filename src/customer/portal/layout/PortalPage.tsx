import { useEffect, type ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useTranslate } from '../../../core/i18n/LocaleProvider';

interface PortalPageProps {
  title: string;
  /** The h1 where it needs more than the text of `title` (which stays the tab's title). */
  heading?: ReactNode;
  children: ReactNode;
  before?: ReactNode;
}

export function PortalPage({ title, heading, children, before }: PortalPageProps) {
  const translate = useTranslate();
  const appTitle = translate('hub.portal.title');

  useEffect(() => {
    document.title = `${title} · ${appTitle}`;
  }, [title, appTitle]);

  return (
    <Box component="section" aria-labelledby="portal-page-title" sx={{ maxWidth: 1100, mx: 'auto' }}>
      {before}
      {/* 1.5rem on a phone: a long Dutch compound ("Overlijdensrisicoverzekering") fits a 375 px line
          where the browser has no hyphenation dictionary; longer ones still wrap rather than overflow. */}
      <Typography id="portal-page-title" variant="h4" component="h1" sx={{ mb: { xs: 2, sm: 3 }, fontSize: { xs: '1.5rem', sm: '2.125rem' }, overflowWrap: 'anywhere' }}>
        {heading ?? title}
      </Typography>
      {children}
    </Box>
  );
}
