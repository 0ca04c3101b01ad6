import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Signed unsubscribe URLs: `PUBLIC_URL/mail/unsubscribe?u=<user id>&k=<kind>&s=<HMAC-SHA256>`. The
 * key is derived from JWT_SECRET for this one purpose, so the link needs no stored token and
 * cannot be forged for another user or kind. It does not expire (RFC 8058 links must keep working).
 */
@Injectable()
export class UnsubscribeLinks {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createHmac('sha256', config.jwtSecret).update('living-lab mail unsubscribe v1').digest();
  }

  url(userId: string, kind: string, locale: 'id' | 'en'): string {
    const url = new URL('/mail/unsubscribe', `${this.config.publicUrl}/`);
    url.searchParams.set('u', userId);
    url.searchParams.set('k', kind);
    url.searchParams.set('s', this.signature(userId, kind));
    url.searchParams.set('l', locale);
    return url.toString();
  }

  verify(userId: unknown, kind: unknown, signature: unknown): boolean {
    if (typeof userId !== 'string' || typeof kind !== 'string' || typeof signature !== 'string') return false;
    const expected = Buffer.from(this.signature(userId, kind));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private signature(userId: string, kind: string): string {
    return createHmac('sha256', this.key).update(`${userId}\n${kind}`).digest('base64url');
  }
}
