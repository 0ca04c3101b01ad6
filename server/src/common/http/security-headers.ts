import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../../config/app-config';

/**
 * Security headers on every response (helmet). The Content-Security-Policy is the one the built web
 * app runs under: its scripts and styles are files from this origin (no inline script; the build has
 * no inline modulepreload polyfill), it talks only to /graphql on this origin, and it may not be
 * framed. Style attributes stay blocked too: React sets styles through the CSSOM, which CSP allows.
 * `e2e/security-headers.e2e.test.ts` visits the main pages in chromium and fails on any violation.
 *
 * HSTS and upgrade-insecure-requests only when the app is reached over https (PUBLIC_URL): sent over
 * plain http they would break a local or intranet installation.
 */
export function contentSecurityPolicy(https: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

export function securityHeaders(config: Pick<AppConfig, 'publicUrl'>): RequestHandler {
  const https = config.publicUrl.startsWith('https://');
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(https) },
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    // helmet's defaults for the rest: nosniff, Cross-Origin-Opener-Policy and -Resource-Policy
    // same-origin, Origin-Agent-Cluster, X-DNS-Prefetch-Control off, no X-Powered-By.
  });
}
