/**
 * "Bekijk als klant" runs in a tab of its own: the tab's sessionStorage says which customer it
 * shows, and holds the preview's session. sessionStorage is per tab and never leaves the browser,
 * so the staff member's own session (localStorage) and their other tabs stay exactly as they
 * were, the preview token is in no URL (history, Referer, logs), and closing the tab ends it.
 */
const PREVIEW_KEY = 'hub.preview';

export interface PreviewTab {
  /** The customer account shown. */
  accountId: number;
  /** The contact the staff member came from ("Terug naar het contact"). */
  contactId: number;
}

function isPreviewTabValue(value: unknown): value is PreviewTab {
  const tab = value as PreviewTab | null;
  return Number.isInteger(tab?.accountId) && Number.isInteger(tab?.contactId);
}

/** The preview this tab shows, or null in an ordinary tab. */
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

/** Back to an ordinary tab: the preview and its session are forgotten. */
export function leavePreview(): void {
  sessionStorage.clear();
}

/** Where the session of this tab lives: the preview's in its tab, everyone else's in localStorage. */
export function sessionArea(): Storage {
  return currentPreview() ? sessionStorage : localStorage;
}
