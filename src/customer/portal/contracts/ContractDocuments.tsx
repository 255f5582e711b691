import { Alert, List, Typography } from '@mui/material';
import { useTranslate } from '../../../core/i18n/LocaleProvider';
import type { ContractDetail } from '../../../core/api/types';
import { DocumentDownloadRow, DocumentInfoRow } from './DocumentRow';
import { SectionCard } from '../layout/SectionCard';
import { usePermissionsMine } from '../../api/usePortalData';

const DOCUMENTS_PERMISSION = 'documents.read';

/** Until the permissions are known the rows are plain; if they fail to load, downloads are
 * offered and the API's 403 decides. */
function useMayDownload(): boolean | undefined {
  const permissions = usePermissionsMine();
  if (permissions.isError) return true;
  return permissions.data?.some((permission) => permission.code === DOCUMENTS_PERMISSION);
}

export function ContractDocuments({ contract }: { contract: Pick<ContractDetail, 'id' | 'documents'> }) {
  const translate = useTranslate();
  const mayDownload = useMayDownload();
  const { documents } = contract;
  return (
    <SectionCard title={translate('hub.portal.contract.documents')}>
      {documents.length === 0 ? (
        <Typography color="text.secondary">{translate('hub.portal.contract.documents_empty')}</Typography>
      ) : (
        <>
          {mayDownload === false && (
            <Alert severity="info" sx={{ mb: 1 }}>
              {translate('hub.documents.not_allowed')}
            </Alert>
          )}
          <List disablePadding>
            {documents.map((document) =>
              mayDownload ? (
                <DocumentDownloadRow key={document.id} contractId={contract.id} document={document} />
              ) : (
                <DocumentInfoRow key={document.id} document={document} />
              ),
            )}
          </List>
        </>
      )}
    </SectionCard>
  );
}
