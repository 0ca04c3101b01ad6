import 'reflect-metadata';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Role } from '@living-lab/shared';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { PasswordHasher } from '../src/auth/password-hasher';
import type { AppConfig } from '../src/config/app-config';
import { User } from '../src/users/user.entity';

/**
 * A real app on a fresh database for one test file: migrations run, reference data seeded, HTTP on a
 * random port. `graphql()` posts an operation the way the web client does.
 */
export interface GraphqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{
    message: string;
    path?: string[];
    extensions?: {
      code?: string;
      reason?: string;
      params?: Record<string, string | number>;
      fields?: Array<{ field: string; message: string }>;
    };
  }>;
}

export interface TestApp {
  app: INestApplication;
  url: string;
  dataSource: DataSource;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<T>>;
  /** Creates a user directly (fast path for fixtures) and returns a token for them. */
  createUser(fields: {
    email: string;
    roles?: Role[];
    /** Default 32.11 (Sumedang); null: a new account still waiting to join its region. */
    regionCode?: string | null;
    fullName?: string;
    password?: string;
    /** Default true (fixtures are people with a proven address); false: as right after registering. */
    emailVerified?: boolean;
  }): Promise<{ user: User; token: string }>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'test-password-123';

/** One Ed25519 key per test file: signs the certificates' credentials. */
const TEST_CREDENTIAL_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** A fresh, empty database on the tests' PostgreSQL (started by Jest's globalSetup). */
export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests through Jest (its globalSetup starts PostgreSQL).');
  const databaseName = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** The configuration of a test app: a fresh JWT secret and file folder on each call. */
export function testAppConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    nodeEnv: 'test',
    port: 0,
    dataDir: process.env.LIVINGLAB_TEST_DATA_DIR ?? '/tmp',
    jwtSecret: randomBytes(32).toString('hex'),
    jwtTtlSeconds: 3600,
    credentialSigningKey: TEST_CREDENTIAL_KEY,
    seedDemoData: false,
    seedContent: false,
    logLevel: 'silent',
    publicUrl: 'http://localhost:3000',
    webDistDir: '/nonexistent',
    uploadMaxBytes: 20 * 1024 * 1024,
    // Each test app keeps its uploaded files in a folder of its own.
    fileStorage: { kind: 'folder', directory: mkdtempSync(path.join(os.tmpdir(), 'livinglab-files-')) },
    ...overrides,
  };
}

export async function createTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createDatabase();
  const app = await createApp(testAppConfig(overrides), database.url);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const dataSource = app.get(DataSource);

  const graphql: TestApp['graphql'] = async (query, variables, token) => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<never>;
  };

  let passwordHash: string | undefined;
  const createUser: TestApp['createUser'] = async ({
    email,
    roles = [],
    regionCode = '32.11',
    fullName,
    password,
    emailVerified = true,
  }) => {
    passwordHash ??= await app.get(PasswordHasher).hash(TEST_PASSWORD);
    const hash = password ? await app.get(PasswordHasher).hash(password) : passwordHash;
    const user = await dataSource.getRepository(User).save({
      email,
      passwordHash: hash,
      fullName: fullName ?? email.split('@')[0],
      regionCode,
      agency: 'Diskominfo',
      roles: ['LEARNER', ...roles.filter((role) => role !== 'LEARNER')],
      emailVerifiedAt: emailVerified ? new Date() : null,
    });
    const login = await graphql<{ login: { token: string } }>('mutation ($input: LoginInput!) { login(input: $input) { token } }', {
      input: { email, password: password ?? TEST_PASSWORD },
    });
    if (!login.data) throw new Error(`Login failed in fixture: ${JSON.stringify(login.errors)}`);
    return { user, token: login.data.login.token };
  };

  return {
    app,
    url: baseUrl,
    dataSource,
    graphql,
    createUser,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
