import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Absolute links into the web app for e-mails, built from PUBLIC_URL:
 * `mailLinks.url('/reset-password', { token })` -> 'https://livinglab.example.go.id/reset-password?token=...'.
 */
@Injectable()
export class MailLinks {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** `path` starts with '/'; `query` values are URL-encoded; undefined values are left out. */
  url(path: string, query: Record<string, string | number | undefined> = {}): string {
    const url = new URL(path, `${this.config.publicUrl}/`);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
    return url.toString();
  }
}
