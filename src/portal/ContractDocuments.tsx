/**
 * The documents of a contract: title, kind, date and size. The API lists them but offers no
 * download yet, so they are information, not links.
 */
import { List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import DocumentIcon from '@mui/icons-material/InsertDriveFileOutlined';
import { useTranslate } from 'react-admin';
import type { ContractDetail } from '../api/types';
import { cachedIntl, intlLocale } from '../ui/format';
import { useLocaleFormat } from './useLocaleFormat';
import { SectionCard } from './SectionCard';

function formatSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes / 1000, 1), 'kilobyte'];
  return cachedIntl(`size|${locale}|${unit}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit, maximumFractionDigits: 1 })).format(value);
}

export function ContractDocuments({ documents }: { documents: ContractDetail['documents'] }) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const t = (key: string, options?: object) => translate(`hub.portal.contract.${key}`, options);
  return (
    <SectionCard title={t('documents')}>
      {documents.length === 0 ? (
        <Typography color="text.secondary">{t('documents_empty')}</Typography>
      ) : (
        <List disablePadding>
          {documents.map((document) => (
            <ListItem key={document.id} disableGutters>
              <ListItemIcon sx={{ minWidth: 40 }}>
                <DocumentIcon />
              </ListItemIcon>
              <ListItemText
                primary={document.title}
                secondary={[
                  t(`document_kind.${document.kind}`),
                  t('document_issued', { date: format.date(document.issuedAt) }),
                  formatSize(document.sizeBytes, format.locale),
                ].join(' · ')}
                slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
              />
            </ListItem>
          ))}
        </List>
      )}
    </SectionCard>
  );
}
