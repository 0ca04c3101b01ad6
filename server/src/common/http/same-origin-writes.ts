import type { RequestHandler } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * CSRF defence for requests the session cookie authenticates: a write (anything but GET/HEAD/OPTIONS;
 * on /graphql, on /api/** uploads and every other route) must come from the app's own origin. The
 * Origin header decides (browsers send it on every cross-site and same-origin write); without one,
 * Sec-Fetch-Site must say same-origin; with neither, a cookie-authenticated write is refused.
 * Requests with `Authorization: Bearer` (API clients, which the browser never sends on its own) or
 * without the cookie are not ours to judge. GraphQL also has Apollo's own CSRF prevention on top
 * (no simple content type without a preflight header).
 */
export function sameOriginWrites(options: { publicUrl: string; sessionCookie: string }): RequestHandler {
  const publicOrigin = originOf(options.publicUrl);
  const cookiePattern = new RegExp(`(?:^|;)\\s*${options.sessionCookie.replace(/[^\w-]/g, '\\$&')}=[^;]`);
  return (request, response, next) => {
    if (SAFE_METHODS.has(request.method)) return next();
    if (request.headers.authorization?.toLowerCase().startsWith('bearer ')) return next();
    if (!cookiePattern.test(request.headers.cookie ?? '')) return next();
    const origin = request.headers.origin;
    const ownOrigin = `${request.protocol}://${request.get('host')}`;
    const sameSite =
      origin !== undefined && origin !== 'null'
        ? origin === publicOrigin || origin === ownOrigin
        : request.headers['sec-fetch-site'] === 'same-origin';
    if (sameSite) return next();
    response.status(403).json({
      errors: [
        {
          message: 'A signed-in write must come from the application itself.',
          extensions: { code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' },
        },
      ],
    });
  };
}
