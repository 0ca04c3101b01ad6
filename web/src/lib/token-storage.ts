/** The bearer token of the signed-in session, kept in localStorage. */
const TOKEN_KEY = 'livinglab.token';

export function readToken(): string | null {
  try {
    return window.localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function writeToken(token: string): void {
  window.localStorage.setItem(TOKEN_KEY, token);
}

export function clearToken(): void {
  try {
    window.localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Nothing stored.
  }
}

type Listener = () => void;
const sessionInvalidListeners = new Set<Listener>();

/** Called by the Apollo link when the server says the session ended (reason SESSION_INVALID). */
export function reportSessionInvalid(): void {
  clearToken();
  for (const listener of sessionInvalidListeners) listener();
}

export function onSessionInvalid(listener: Listener): () => void {
  sessionInvalidListeners.add(listener);
  return () => sessionInvalidListeners.delete(listener);
}
