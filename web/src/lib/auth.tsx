import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { Locale } from '@living-lab/shared';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { graphql } from '../gql';
import type { CurrentUserFieldsFragment } from '../gql/graphql';
import { i18n, isLocale } from '../i18n/i18n';
import { forgetLegacyToken, onSessionInvalid } from './token-storage';

export const CurrentUserFields = graphql(`
  fragment CurrentUserFields on User {
    id
    fullName
    email
    nip
    regionCode
    region {
      code
      name
      kind
      provinceCode
    }
    agency
    roles
    locale
    timeZone
    createdAt
    version
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...CurrentUserFields
    }
  }
`);

/** Revokes the session on the server (every token of the user), so a copied token is worthless after sign-out. */
const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export type CurrentUser = CurrentUserFieldsFragment;

export type AuthStatus = 'loading' | 'signedIn' | 'signedOut' | 'error';

export interface AuthValue {
  status: AuthStatus;
  user: CurrentUser | null;
  /**
   * Takes in the user of a successful login (the server has set the session cookie). The token is the
   * payload's, for API clients: the web ignores it and never stores it.
   */
  login(token: string, user: CurrentUser): void;
  /** Ends the session on the server (which clears the cookie) and forgets everything cached for this user. */
  logout(): Promise<void>;
  /** Loads the current user again (after an error or a conflict). */
  reload(): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  // Signed out in this tab (sign-out, or the server ended the session): `me` is not asked until a new sign-in.
  const [signedOut, setSignedOut] = useState(false);
  const { data, loading, error, refetch } = useQuery(MeQuery, { skip: signedOut });

  // Earlier versions kept the token in localStorage: whatever is left there is deleted.
  useEffect(() => forgetLegacyToken(), []);

  useEffect(
    () =>
      onSessionInvalid(() => {
        setSignedOut(true);
        void client.clearStore();
        forgetOfflineData();
        navigate('/masuk', { replace: true, state: { sessionExpired: true, from: location } });
      }),
    [client, navigate, location],
  );

  const login = useCallback(
    (_token: string, user: CurrentUser) => {
      client.writeQuery({ query: MeQuery, data: { me: user } });
      setSignedOut(false);
      // An earlier "not signed in" answer may still be the query's state: ask again, now with the cookie.
      void refetch().catch(() => undefined);
      if (isLocale(user.locale) && user.locale !== i18n.language) void i18n.changeLanguage(user.locale as Locale);
    },
    [client, refetch],
  );

  const logout = useCallback(async () => {
    // Best effort: offline, or with a session that already ended, this tab is signed out all the same.
    await client.mutate({ mutation: SignOutMutation }).catch(() => undefined);
    setSignedOut(true);
    await client.clearStore();
    forgetOfflineData();
  }, [client]);

  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);

  const user = signedOut ? null : (data?.me ?? null);
  let status: AuthStatus;
  if (signedOut) status = 'signedOut';
  else if (user) status = 'signedIn';
  else if (error) status = isUnauthenticated(error) ? 'signedOut' : 'error';
  else status = loading || !data ? 'loading' : 'signedOut';

  const value = useMemo<AuthValue>(() => ({ status, user, login, logout, reload }), [status, user, login, logout, reload]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** What this device kept for offline use (lib/offline) goes with the session; loaded only when needed. */
function forgetOfflineData(): void {
  void import('./offline/offline-store').then((store) => store.clearOfflineData()).catch(() => undefined);
}

/** No session cookie, or one the server no longer accepts: signed out, not an error. */
function isUnauthenticated(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((item) => item.extensions?.code === 'UNAUTHENTICATED');
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth needs an AuthProvider');
  return value;
}

/** For tests and stories: a fixed auth state without Apollo. */
export function StaticAuthProvider({ value, children }: { value: AuthValue; children: ReactNode }) {
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
