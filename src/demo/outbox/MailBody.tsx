import { Box, Link, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import type { OutboxMail } from '../../core/api/types';
import { MAIL_FRAME_SANDBOX, textWithLinks, withLinksToTop } from './mailDocument';

export function MailHtml({ mail }: { mail: OutboxMail }) {
  const translate = useTranslate();
  const document = useMemo(() => withLinksToTop(mail.html), [mail.html]);
  return (
    <>
      {/* Padded on a phone: mails are laid out for a wider screen and ran into the edges. */}
      <Box sx={{ flex: 1, display: 'flex', px: { xs: 2, sm: 0 } }}>
        <Box
          component="iframe"
          title={translate('hub.outbox.frame_title', { subject: mail.subject })}
          sandbox={MAIL_FRAME_SANDBOX}
          srcDoc={document}
          sx={{ flex: 1, width: '100%', minHeight: 420, border: 0, bgcolor: 'common.white' }}
        />
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ px: { xs: 2, sm: 3 }, py: 1 }}>
        {translate('hub.outbox.links_open_here')}
      </Typography>
    </>
  );
}

export function MailText({ mail }: { mail: OutboxMail }) {
  return (
    <Box
      component="pre"
      lang={mail.language}
      sx={{ m: 0, px: { xs: 2, sm: 3 }, py: 2, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', fontSize: '0.95rem', lineHeight: 1.5 }}
    >
      {textWithLinks(mail.text).map((part, index) =>
        part.href ? (
          <Link key={index} href={part.href}>
            {part.text}
          </Link>
        ) : (
          part.text
        ),
      )}
    </Box>
  );
}
