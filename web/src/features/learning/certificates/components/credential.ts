/** Offers the Open Badges 3.0 credential as a file: sertifikat-<code>.json. */
export function downloadCredential(code: string, credentialJson: string): void {
  const blob = new Blob([credentialJson], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = credentialFileName(code);
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function credentialFileName(code: string): string {
  return `sertifikat-${code.replace(/[^A-Za-z0-9_-]/g, '')}.json`;
}

/** The public address where anyone can check the certificate. */
export function verificationUrl(code: string): string {
  return `${window.location.origin}/verify/${encodeURIComponent(code)}`;
}
