import type { Response } from 'express';
import { clearSessionCookie, requestToken, sessionCookieName, setSessionCookie } from './session-cookie';

const https = { publicUrl: 'https://livinglab.example.go.id', jwtTtlSeconds: 7200 };
const http = { publicUrl: 'http://localhost:3000', jwtTtlSeconds: 7200 };

function fakeResponse() {
  const calls: Array<[string, string, Record<string, unknown>?]> = [];
  const response = {
    cookie: (name: string, value: string, options: Record<string, unknown>) => calls.push([name, value, options]),
    clearCookie: (name: string, options: Record<string, unknown>) => calls.push([name, '', options]),
  } as unknown as Response;
  return { response, calls };
}

it('is Secure with the __Host- prefix on https, plain on http', () => {
  expect(sessionCookieName(https)).toBe('__Host-ll_session');
  expect(sessionCookieName(http)).toBe('ll_session');
  const { response, calls } = fakeResponse();
  setSessionCookie(response, 'jwt', https);
  clearSessionCookie(response, https);
  expect(calls[0]).toEqual(['__Host-ll_session', 'jwt', { httpOnly: true, sameSite: 'lax', secure: true, path: '/', maxAge: 7_200_000 }]);
  expect(calls[1]).toEqual(['__Host-ll_session', '', { httpOnly: true, sameSite: 'lax', secure: true, path: '/' }]);
});

it('reads the bearer token first, else the cookie of this site', () => {
  expect(requestToken({ headers: { cookie: 'a=1; ll_session=from-cookie' } }, http)).toBe('from-cookie');
  expect(requestToken({ headers: { cookie: 'll_session=from-cookie', authorization: 'Bearer from-header' } }, http)).toBe('from-header');
  // On https only the __Host- cookie counts (a plain one could have been set by a sibling subdomain).
  expect(requestToken({ headers: { cookie: 'll_session=planted' } }, https)).toBeUndefined();
  expect(requestToken({ headers: { cookie: '__Host-ll_session=real' } }, https)).toBe('real');
  expect(requestToken({ headers: {} }, http)).toBeUndefined();
});
