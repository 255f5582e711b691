/** For the CSV export tests: the files react-admin's exporter hands to the browser, as text. */
import { act } from '@testing-library/react';
import type { MockInstance } from 'vitest';

/**
 * Collects, per test, the blobs the app turns into download URLs. The click on the download
 * link that follows is the browser's business: jsdom would try to navigate to it, which it
 * cannot ("Not implemented: navigation to another Document").
 */
export function captureDownloads(): Blob[] {
  const downloads: Blob[] = [];
  let linkClicks: MockInstance | undefined;
  beforeEach(() => {
    downloads.length = 0;
    URL.createObjectURL = (blob: Blob) => {
      downloads.push(blob);
      return 'blob:download';
    };
    const click = HTMLAnchorElement.prototype.click;
    linkClicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (!this.hasAttribute('download')) click.call(this);
    });
  });
  afterEach(() => linkClicks?.mockRestore());
  return downloads;
}

/**
 * The blob as text, BOM kept (jsdom's Blob has no text(), and readAsText drops the BOM). In act:
 * the app is still on screen and may render (its export notice) while the file is read.
 */
export function textOf(blob: Blob): Promise<string> {
  return act(
    () =>
      new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
        reader.readAsArrayBuffer(blob);
      }),
  );
}
