/** Offers a Blob as a file download without leaving the page. */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before releasing the object URL.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers `text` as a file download (e.g. an .ics calendar file) without leaving the page. */
export function downloadText(fileName: string, text: string, type: string): Blob {
  const blob = new Blob([text], { type });
  saveBlob(fileName, blob);
  return blob;
}
