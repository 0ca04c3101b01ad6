/**
 * The session lives in an httpOnly cookie the server sets at sign-in: page scripts never see the token.
 * Earlier versions kept a bearer token in localStorage under this key; it is deleted at start.
 */
const LEGACY_TOKEN_KEY = 'livinglab.token';

export function forgetLegacyToken(): void {
  try {
    window.localStorage.removeItem(LEGACY_TOKEN_KEY);
  } catch {
    // Storage unavailable: nothing stored either.
  }
}

type Listener = () => void;
const sessionInvalidListeners = new Set<Listener>();

/** Called by the Apollo link when the server says the session ended (reason SESSION_INVALID). */
export function reportSessionInvalid(): void {
  for (const listener of sessionInvalidListeners) listener();
}

export function onSessionInvalid(listener: Listener): () => void {
  sessionInvalidListeners.add(listener);
  return () => sessionInvalidListeners.delete(listener);
}
