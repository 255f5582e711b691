/**
 * Hands a downloaded file to the browser as a download: a Blob object URL on an `<a download>`.
 * On a phone the browser then offers its own PDF viewer.
 */
/** Long enough for any browser to have started writing the file; then the memory is freed. */
const REVOKE_AFTER_MS = 60_000;

export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
