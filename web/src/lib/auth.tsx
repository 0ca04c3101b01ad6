import { useApolloClient, useQuery } from '@apollo/client/react';
import type { Locale } from '@living-lab/shared';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { graphql } from '../gql';
import type { CurrentUserFieldsFragment } from '../gql/graphql';
import { i18n, isLocale } from '../i18n/i18n';
import { clearToken, onSessionInvalid, readToken, writeToken } from './token-storage';

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
  /** Stores the session of a successful login or registration. */
  login(token: string, user: CurrentUser): void;
  /** Forgets the token and everything cached for this user. */
  logout(): Promise<void>;
  /** Loads the current user again (after an error or a conflict). */
  reload(): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [token, setToken] = useState<string | null>(readToken);
  const { data, loading, error, refetch } = useQuery(MeQuery, { skip: !token });

  useEffect(
    () =>
      onSessionInvalid(() => {
        setToken(null);
        void client.clearStore();
        navigate('/masuk', { replace: true, state: { sessionExpired: true, from: location } });
      }),
    [client, navigate, location],
  );

  const login = useCallback(
    (newToken: string, user: CurrentUser) => {
      writeToken(newToken);
      client.writeQuery({ query: MeQuery, data: { me: user } });
      setToken(newToken);
      if (isLocale(user.locale) && user.locale !== i18n.language) void i18n.changeLanguage(user.locale as Locale);
    },
    [client],
  );

  const logout = useCallback(async () => {
    // Best effort: offline, or with a session that already ended, the token is forgotten all the same.
    if (readToken()) await client.mutate({ mutation: SignOutMutation }).catch(() => undefined);
    clearToken();
    setToken(null);
    await client.clearStore();
  }, [client]);

  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);

  const user = token ? (data?.me ?? null) : null;
  let status: AuthStatus;
  if (!token) status = 'signedOut';
  else if (user) status = 'signedIn';
  else if (error) status = 'error';
  else status = loading || !data ? 'loading' : 'signedOut';

  const value = useMemo<AuthValue>(() => ({ status, user, login, logout, reload }), [status, user, login, logout, reload]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
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
