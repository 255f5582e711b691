/** Caches are cleared, so nothing the customer's view loaded shows in the back office. */
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { leavePreview, type PreviewTab } from '../../core/session/previewTab';
import { contactPath, previewPath } from '../../core/session/previewPaths';

export function usePreviewExits(tab: PreviewTab) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return {
    backToContact: () => {
      leavePreview();
      queryClient.clear();
      navigate(contactPath(tab.contactId));
    },
    // The start page runs with the staff member's session (react-admin checks it on the way there).
    startAgain: () => {
      leavePreview();
      queryClient.clear();
      navigate(previewPath(tab.accountId, tab.contactId));
    },
  };
}
