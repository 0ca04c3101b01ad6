import { ApolloClient, ApolloLink, gql, InMemoryCache } from '@apollo/client';
import { GraphQLError } from 'graphql';
import { Observable } from 'rxjs';
import { forgetLegacyToken, onSessionInvalid } from '../lib/token-storage';
import { sessionLink } from './apollo';

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
  return new ApolloClient({ link: ApolloLink.from([sessionLink, terminal]), cache: new InMemoryCache() });
}

describe('Apollo links', () => {
  it('sends no authorization header: the session is the httpOnly cookie', async () => {
    const seen: Record<string, unknown>[] = [];
    await clientAnswering(null, seen).query({ query: Query });
    expect(seen[0]).toEqual({});
  });

  it('deletes a token an earlier version left in localStorage', () => {
    window.localStorage.setItem('livinglab.token', 'old');
    forgetLegacyToken();
    expect(window.localStorage.getItem('livinglab.token')).toBeNull();
  });

  it('reports SESSION_INVALID', async () => {
    const listener = jest.fn();
    const stop = onSessionInvalid(listener);
    const client = clientAnswering([new GraphQLError('ended', { extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_INVALID' } })]);
    await expect(client.query({ query: Query })).rejects.toThrow('ended');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not end the session on other errors', async () => {
    const listener = jest.fn();
    const stop = onSessionInvalid(listener);
    const client = clientAnswering([new GraphQLError('nope', { extensions: { code: 'FORBIDDEN', reason: 'MISSING_ROLE' } })]);
    await expect(client.query({ query: Query })).rejects.toThrow('nope');
    expect(listener).not.toHaveBeenCalled();
    stop();
  });
});
