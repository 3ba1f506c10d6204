/** The bundled source viewer's address, for the popup's link and the background's check. */
import { browser } from 'wxt/browser';

export function viewerPageUrl(): string {
  // Built from the extension root rather than getURL('/sources.html'): that path belongs to the
  // source-viewer entrypoint, and the typed getURL only accepts pages present in this build.
  return new URL('sources.html', browser.runtime.getURL('/')).href;
}
