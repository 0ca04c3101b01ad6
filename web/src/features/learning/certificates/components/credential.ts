export type CredentialFormat = 'jwt' | 'json';

const MEDIA_TYPES: Record<CredentialFormat, string> = { jwt: 'application/vc+jwt', json: 'application/json' };

/**
 * Offers the Open Badges 3.0 credential as a file: sertifikat-<code>.jwt (signed by the issuer, VC-JWT)
 * or sertifikat-<code>.json (the credential without its proof).
 */
export function downloadCredential(code: string, content: string, format: CredentialFormat = 'json'): void {
  const blob = new Blob([content], { type: MEDIA_TYPES[format] });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = credentialFileName(code, format);
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function credentialFileName(code: string, format: CredentialFormat = 'json'): string {
  return `sertifikat-${code.replace(/[^A-Za-z0-9_-]/g, '')}.${format}`;
}

/** The public address where anyone can check the certificate. */
export function verificationUrl(code: string): string {
  return `${window.location.origin}/verify/${encodeURIComponent(code)}`;
}
