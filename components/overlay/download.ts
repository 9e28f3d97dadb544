/**
 * Save a text file from the page without any network request: a Blob, an
 * object URL and a temporary <a download>. The anchor is attached before the
 * click (Firefox ignores clicks on detached anchors) and the URL revoked a
 * moment later (revoking at once can cancel the download).
 */
export function downloadText(doc: Document, filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const win = doc.defaultView ?? window;
  const url = win.URL.createObjectURL(new win.Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  (doc.body ?? doc.documentElement).append(a);
  a.click();
  win.setTimeout(() => {
    a.remove();
    win.URL.revokeObjectURL(url);
  }, 1000);
}
