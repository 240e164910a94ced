// Office.onReady behind one function, so pages that need nothing else from the adapter (the
// ribbon's function file) stay tiny and still hold no Office JS of their own.

/** Calls back with the host once Office has initialised; with null when office.js never loaded. */
export function whenOfficeReady(ready: (host: Office.HostType | null) => void): void {
  if (typeof Office === 'undefined') {
    ready(null);
    return;
  }
  Office.onReady((info) => ready(info.host ?? null));
}
