import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';

/**
 * The web's session: the same JWT the API gives bearer clients, in an httpOnly cookie so page scripts
 * (and an XSS) cannot read it. SameSite=Lax, not Strict: a link to the app from an e-mail (a reset or
 * verification link, a notification) opens it signed in; Lax still keeps the cookie off cross-site
 * POSTs, iframes and fetches, and csrf-guard.ts refuses a cross-site write besides.
 * Secure (with the `__Host-` prefix, which pins it to this host and Path=/) when the app is on https.
 */
export const SESSION_COOKIE = 'll_session';
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export function isSecureSite(config: Pick<AppConfig, 'publicUrl'>): boolean {
  return config.publicUrl.startsWith('https:');
}

export function sessionCookieName(config: Pick<AppConfig, 'publicUrl'>): string {
  return isSecureSite(config) ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

export function setSessionCookie(response: Response, token: string, config: Pick<AppConfig, 'publicUrl' | 'jwtTtlSeconds'>): void {
  response.cookie(sessionCookieName(config), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureSite(config),
    path: '/',
    maxAge: config.jwtTtlSeconds * 1000,
  });
}

export function clearSessionCookie(response: Response, config: Pick<AppConfig, 'publicUrl'>): void {
  response.clearCookie(sessionCookieName(config), { httpOnly: true, sameSite: 'lax', secure: isSecureSite(config), path: '/' });
}

/** The token in the session cookie (the name this site uses: the `__Host-` one on https). */
export function sessionCookieToken(request: Pick<Request, 'headers'>, config: Pick<AppConfig, 'publicUrl'>): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  const wanted = sessionCookieName(config);
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index < 0) continue;
    if (part.slice(0, index).trim() !== wanted) continue;
    const value = part.slice(index + 1).trim();
    return value ? value : undefined;
  }
  return undefined;
}

export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const [scheme, value] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && value ? value : undefined;
}

/** The request's token: the bearer token wins over the cookie (API clients), else the session cookie (the web). */
export function requestToken(request: Pick<Request, 'headers'>, config: Pick<AppConfig, 'publicUrl'>): string | undefined {
  return bearerToken(request.headers.authorization) ?? sessionCookieToken(request, config);
}
