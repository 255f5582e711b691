// "Bekijk als klant" keeps its session in the tab's sessionStorage: the staff session and other
// tabs stay untouched, the token is in no URL, and closing the tab ends it.
const PREVIEW_KEY = 'hub.preview';

export interface PreviewTab {
  accountId: number;
  contactId: number;
  /** The staff member's organisation, when it has blocked this account: the portal shows none of it. */
  blockedAt?: string;
}

function isPreviewTabValue(value: unknown): value is PreviewTab {
  const tab = value as PreviewTab | null;
  return Number.isInteger(tab?.accountId) && Number.isInteger(tab?.contactId);
}

export function currentPreview(): PreviewTab | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(PREVIEW_KEY) ?? 'null');
    return isPreviewTabValue(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function enterPreview(tab: PreviewTab): void {
  sessionStorage.setItem(PREVIEW_KEY, JSON.stringify(tab));
}

export function leavePreview(): void {
  sessionStorage.clear();
}

export function sessionArea(): Storage {
  return currentPreview() ? sessionStorage : localStorage;
}
