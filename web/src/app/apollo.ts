import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { readToken, reportSessionInvalid } from '../lib/token-storage';

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Region: { keyFields: ['code'] },
      SpbeFramework: { keyFields: ['code'] },
      SpbeDomain: { keyFields: false },
      SpbeAspect: { keyFields: false },
      User: { fields: { roles: { merge: false }, coordinatedRegions: { merge: false } } },
    },
  });
}

/** Adds `Authorization: Bearer <token>` when signed in. */
export const authLink = new SetContextLink((previous) => {
  const token = readToken();
  if (!token) return {};
  return { headers: { ...(previous.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` } };
});

/** A token the server no longer accepts ends the session: the app forgets it and asks to sign in again. */
export const sessionLink = new ErrorLink(({ error }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  const ended = error.errors.some((item) => item.extensions?.code === 'UNAUTHENTICATED' && item.extensions?.reason === 'SESSION_INVALID');
  if (ended) reportSessionInvalid();
});

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([sessionLink, authLink, new HttpLink({ uri })]),
    cache: createCache(),
  });
}
