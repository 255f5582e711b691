/** "Wie keek mee": every "Bekijk als klant" of this customer's portal in the last 12 months. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { cachedIntl, intlLocale } from '../../core/ui/format';
import { useTranslate } from '../../core/i18n/LocaleProvider';
import { SectionCard } from '../portal/layout/SectionCard';
import { useLocaleFormat } from '../portal/useLocaleFormat';
import { securityQueries, type OwnPreview } from './securityApi';

const MINUTE_MS = 60_000;

/** How long the staff member looked: whole minutes in words, "less than a minute" below one. */
function useDuration(): (preview: OwnPreview) => string {
  const translate = useTranslate();
  const { locale } = useLocaleFormat();
  return ({ startedAt, endedAt }) => {
    if (!endedAt) return translate('hub.security.previews.still_open');
    const minutes = Math.round((Date.parse(endedAt) - Date.parse(startedAt)) / MINUTE_MS);
    if (minutes < 1) return translate('hub.security.previews.under_a_minute');
    const format = cachedIntl(`minutes|${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: 'minute', unitDisplay: 'long' }));
    return format.format(minutes);
  };
}

export function WhoLookedIn() {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`hub.security.previews.${key}`, options);
  const { dateTime } = useLocaleFormat();
  const duration = useDuration();
  const { data: previews } = useSuspenseQuery(securityQueries.previews());
  return (
    <SectionCard title={t('title')}>
      <Stack spacing={2}>
        <Typography>{t('about')}</Typography>
        {previews.length === 0 ? (
          <Typography color="text.secondary">{t('none')}</Typography>
        ) : (
          <List disablePadding>
            {previews.map((preview) => (
              <ListItem key={preview.id} divider disableGutters>
                <ListItemText
                  sx={{ overflowWrap: 'anywhere' }}
                  primary={t('who', { name: preview.staffName, organisation: preview.organizationName })}
                  secondary={t('when', { date: dateTime(preview.startedAt), duration: duration(preview) })}
                />
              </ListItem>
            ))}
          </List>
        )}
      </Stack>
    </SectionCard>
  );
}
