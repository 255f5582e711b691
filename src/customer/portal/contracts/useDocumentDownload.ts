import { useCallback, useEffect, useRef, useState } from 'react';
import type { ContractDetail } from '../../../core/api/types';
import { customerMethods } from '../../api/customerMethods';
import { apiErrorMessage } from '../../../core/api/apiErrorMessage';
import { useEndSessionIfUnauthorized } from '../../../core/session/useSessionActions';
import { saveFile } from '../../../core/ui/saveFile';

type ContractDocument = ContractDetail['documents'][number];

export type DownloadState =
  | { status: 'idle' }
  | { status: 'downloading'; loaded: number; total: number | null }
  | { status: 'saved' }
  | { status: 'failed'; message: string };

const failed = 'hub.documents.failed';
const page = { prefix: failed, codes: ['forbidden', 'not_found', 'network_error'], fallback: `${failed}.other` };

export function useDocumentDownload(contractId: number, document: ContractDocument) {
  const endSessionIfUnauthorized = useEndSessionIfUnauthorized();
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  // A page left mid-download stops it (and sets no state on an unmounted row).
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(async () => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setState({ status: 'downloading', loaded: 0, total: null });
    try {
      const file = await customerMethods.downloadContractDocument(contractId, document.id, {
        fallbackName: `${document.title}.pdf`,
        signal: controller.signal,
        onProgress: (loaded, total) => setState({ status: 'downloading', loaded, total }),
      });
      saveFile(file.blob, file.filename);
      setState({ status: 'saved' });
    } catch (error) {
      if (controller.signal.aborted || (await endSessionIfUnauthorized(error))) return;
      setState({ status: 'failed', message: apiErrorMessage(error, page) });
    } finally {
      running.current = null;
    }
  }, [contractId, document.id, document.title, endSessionIfUnauthorized]);

  return { state, start };
}
