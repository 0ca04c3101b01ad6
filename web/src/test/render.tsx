import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { createCache } from '../app/apollo';
import { type AuthValue, type CurrentUser, StaticAuthProvider } from '../lib/auth';

/** A current user as the server returns it (with __typename, which the fragment types leave out). */
export function testUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  const user = {
    __typename: 'User',
    id: '1',
    fullName: 'Siti Rahma',
    email: 'siti@sumedangkab.go.id',
    nip: null,
    regionCode: '32.11',
    region: { __typename: 'Region', code: '32.11', name: 'Kabupaten Sumedang', kind: 'REGENCY', provinceCode: '32' },
    agency: 'Dinas Komunikasi dan Informatika',
    roles: ['LEARNER'],
    locale: 'id',
    timeZone: 'Asia/Jakarta',
    createdAt: '2026-01-05T03:00:00.000Z',
    version: 1,
  };
  return { ...user, ...overrides } as CurrentUser;
}

export function authValue(user: CurrentUser | null): AuthValue {
  return {
    status: user ? 'signedIn' : 'signedOut',
    user,
    login: jest.fn(),
    logout: jest.fn(async () => undefined),
    reload: jest.fn(async () => undefined),
  };
}

interface Options {
  mocks?: MockLink.MockedResponse[];
  user?: CurrentUser | null;
  route?: string;
}

/** Renders with mocked Apollo (no server), a fixed signed-in state and a memory router. */
export function renderWithProviders(ui: ReactElement, { mocks = [], user = null, route = '/' }: Options = {}) {
  // Names of the operations sent, to prove that a form did (or did not) call the server.
  const operations: string[] = [];
  const recorder = new ApolloLink((operation, forward) => {
    operations.push(operation.operationName ?? '');
    return forward(operation);
  });
  const link = ApolloLink.from([recorder, new MockLink(mocks)]);
  const result = render(
    <MockedProvider link={link} cache={createCache()}>
      <MemoryRouter initialEntries={[route]}>
        <StaticAuthProvider value={authValue(user)}>{ui}</StaticAuthProvider>
      </MemoryRouter>
    </MockedProvider>,
  );
  return { ...result, operations };
}

export const westJava = { __typename: 'Region' as const, code: '32', name: 'Jawa Barat', kind: 'PROVINCE' as const };
export const sumedang = {
  __typename: 'Region' as const,
  code: '32.11',
  name: 'Kabupaten Sumedang',
  kind: 'REGENCY' as const,
  provinceCode: '32',
};
