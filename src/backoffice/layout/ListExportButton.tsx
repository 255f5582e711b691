import Button from '@mui/material/Button';
import DownloadIcon from '@mui/icons-material/GetApp';
import { fetchRelatedRecords, useDataProvider, useListContext, useNotify } from 'react-admin';
import { useTranslate } from '../../core/i18n/LocaleProvider';

/**
 * react-admin's ExportButton, but labelled at every width: on a phone its own shrinks to a bare
 * icon that nobody recognises. Exports as it does, through the list's exporter.
 */
export function ListExportButton({ maxResults }: { maxResults: number }) {
  const translate = useTranslate();
  const { getData, exporter, resource, total } = useListContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const exportAll = async () => {
    if (!getData) return;
    try {
      const data = await getData({ maxResults });
      if (exporter) await exporter(data, fetchRelatedRecords(dataProvider), dataProvider, resource);
    } catch {
      notify('ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Button size="small" startIcon={<DownloadIcon />} onClick={() => void exportAll()} disabled={!getData || total === 0}>
      {translate('ra.action.export')}
    </Button>
  );
}
