import { useId } from 'react';
import { Alert, Box, Button, LinearProgress, ListItem, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import DocumentIcon from '@mui/icons-material/InsertDriveFileOutlined';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { ContractDetail } from '../../../core/api/types';
import { formatSize, LARGE_DOCUMENT_BYTES } from './documentSize';
import { useDocumentDownload, type DownloadState } from './useDocumentDownload';
import { useLocaleFormat } from '../useLocaleFormat';
import { useOtherLanguageNote } from './InLanguage';

type ContractDocument = ContractDetail['documents'][number];

function useDescription(document: ContractDocument): string {
  const translate = useTranslate();
  const format = useLocaleFormat();
  const languageNote = useOtherLanguageNote()(document.language, 'hub.portal.contract.document_language');
  return [
    translate(`hub.portal.contract.document_kind.${document.kind}`),
    languageNote,
    translate('hub.portal.contract.document_issued', { date: format.date(document.issuedAt) }),
    formatSize(document.sizeBytes, format.locale),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The title in the file's language: a screen reader speaks it so, a narrow row hyphenates it so. */
const titleSlots = (document: ContractDocument) => ({ primary: { lang: document.language, sx: { overflowWrap: 'anywhere', hyphens: 'auto' } } });

export function DocumentInfoRow({ document }: { document: ContractDocument }) {
  return (
    <ListItem disableGutters>
      <ListItemIcon sx={{ minWidth: 40 }}>
        <DocumentIcon />
      </ListItemIcon>
      <ListItemText primary={document.title} secondary={useDescription(document)} slotProps={titleSlots(document)} />
    </ListItem>
  );
}

export function DocumentDownloadRow({ contractId, document }: { contractId: number; document: ContractDocument }) {
  const translate = useTranslate();
  const { state, start } = useDocumentDownload(contractId, document);
  const descriptionId = useId();
  const description = useDescription(document);
  const busy = state.status === 'downloading';
  return (
    <ListItem disablePadding sx={{ flexDirection: 'column', alignItems: 'stretch' }}>
      {/* The button holds the title alone, its whole name (WCAG 2.5.3 Label in Name); kind, date
          and size below describe it. */}
      <ListItemButton onClick={start} disabled={busy} aria-describedby={descriptionId} sx={{ px: 1, mx: -1, pb: 0, borderRadius: 1 }}>
        <ListItemIcon sx={{ minWidth: 40 }}>
          <DocumentIcon />
        </ListItemIcon>
        <ListItemText primary={document.title} slotProps={titleSlots(document)} />
        <DownloadIcon color="primary" sx={{ ml: 1 }} />
      </ListItemButton>
      <Typography id={descriptionId} variant="body2" color="text.secondary" sx={{ pl: 5, pb: 1 }}>
        {description}
      </Typography>
      <DownloadStatus state={state} title={document.title} onRetry={start} />
      {state.status === 'saved' && (
        <Typography role="status" variant="body2" color="text.secondary" sx={{ pl: 5 }}>
          {translate('hub.documents.saved', { title: document.title })}
        </Typography>
      )}
    </ListItem>
  );
}

function DownloadStatus({ state, title, onRetry }: { state: DownloadState; title: string; onRetry: () => void }) {
  const translate = useTranslate();
  const format = useLocaleFormat();
  if (state.status === 'failed') {
    return (
      <Alert severity="error" sx={{ mt: 1 }} action={<Button color="inherit" size="small" onClick={onRetry}>{translate('hub.documents.retry')}</Button>}>
        {translate(state.message)}
      </Alert>
    );
  }
  if (state.status !== 'downloading') return null;
  if (!state.total || state.total <= LARGE_DOCUMENT_BYTES) {
    return <Typography role="status" variant="body2" color="text.secondary" sx={{ pl: 5 }}>{translate('hub.documents.downloading')}</Typography>;
  }
  const percent = Math.floor((state.loaded / state.total) * 100);
  return (
    <Box sx={{ pl: 5, pr: 1, pb: 1 }}>
      <LinearProgress variant="determinate" value={percent} aria-label={translate('hub.documents.progress', { title })} />
      <Typography variant="body2" color="text.secondary">
        {translate('hub.documents.progress_percent', { percent, size: formatSize(state.total, format.locale) })}
      </Typography>
    </Box>
  );
}
