import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { Observable } from 'rxjs';
import { onSessionInvalid, readToken, writeToken } from '../lib/token-storage';
import { authLink, sessionLink } from './apollo';

const Query = gql`
  query Probe {
    provinces {
      code
    }
  }
`;

function clientAnswering(errors: GraphQLError[] | null, seen: Record<string, unknown>[] = []) {
  const terminal = new ApolloLink((operation) => {
    seen.push(operation.getContext().headers ?? {});
    return new Observable((observer) => {
      observer.next(errors ? { errors: errors.map((error) => error.toJSON()) } : { data: { provinces: [] } });
      observer.complete();
    });
  });
  return new ApolloClient({ link: ApolloLink.from([sessionLink, authLink, terminal]), cache: new InMemoryCache() });
}

describe('Apollo links', () => {
  it('sends the bearer token', async () => {
    writeToken('abc');
    const seen: Record<string, unknown>[] = [];
    await clientAnswering(null, seen).query({ query: Query });
    expect(seen[0]).toEqual({ authorization: 'Bearer abc' });
  });

  it('sends no authorization header when signed out', async () => {
    const seen: Record<string, unknown>[] = [];
    await clientAnswering(null, seen).query({ query: Query });
    expect(seen[0]).toEqual({});
  });

  it('forgets the token and reports SESSION_INVALID', async () => {
    writeToken('old');
    const listener = jest.fn();
    const stop = onSessionInvalid(listener);
    const client = clientAnswering([new GraphQLError('ended', { extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_INVALID' } })]);
    await expect(client.query({ query: Query })).rejects.toThrow('ended');
    expect(readToken()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('keeps the token on other errors', async () => {
    writeToken('still-good');
    const listener = jest.fn();
    const stop = onSessionInvalid(listener);
    const client = clientAnswering([new GraphQLError('nope', { extensions: { code: 'FORBIDDEN', reason: 'MISSING_ROLE' } })]);
    await expect(client.query({ query: Query })).rejects.toThrow('nope');
    expect(readToken()).toBe('still-good');
    expect(listener).not.toHaveBeenCalled();
    stop();
  });
});
