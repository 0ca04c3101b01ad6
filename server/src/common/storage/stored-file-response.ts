import type { Response } from 'express';
import type { FileStore } from './file-store';

export interface StoredFileDescription {
  key: string;
  name: string;
  contentType: string;
  size: number;
}

/**
 * Sends a stored file as a download: always an attachment (never rendered in the app's origin),
 * the type recorded at upload (checked from the content then), `nosniff`, and not cached by proxies.
 */
export async function sendStoredFile(response: Response, store: FileStore, file: StoredFileDescription): Promise<void> {
  const body = await store.get(file.key);
  // Express's attachment() writes Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266).
  response.attachment(file.name);
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Length', String(file.size));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-store');
  body.on('error', () => response.destroy());
  body.pipe(response);
}
