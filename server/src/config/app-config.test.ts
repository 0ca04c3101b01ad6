import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const dataDir = () => mkdtempSync(path.join(os.tmpdir(), 'livinglab-config-'));
const secret = 'x'.repeat(40);
const publicUrl = 'https://livinglab.example.go.id';
const signingKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('loadConfig', () => {
  it('uses the defaults: port 3000, embedded database, demo data outside production', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret });
    expect(config).toMatchObject({ nodeEnv: 'development', port: 3000, databaseUrl: undefined, seedDemoData: true, jwtSecret: secret });
  });

  it('refuses to start in production without JWT_SECRET, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(/JWT_SECRET: required when NODE_ENV=production/);
  });

  it('refuses to start in production without PUBLIC_URL, naming the variable; localhost:PORT elsewhere', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: secret, CREDENTIAL_SIGNING_KEY: signingKey, DATA_DIR: dataDir() };
    expect(() => loadConfig(production)).toThrow(ConfigError);
    expect(() => loadConfig(production)).toThrow(/PUBLIC_URL: required when NODE_ENV=production/);
    expect(loadConfig({ ...production, PUBLIC_URL: publicUrl }).publicUrl).toBe(publicUrl);
    expect(loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret, PORT: '4100' }).publicUrl).toBe('http://localhost:4100');
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'https://livinglab.example.go.id/' })).toThrow(/PUBLIC_URL: must be an origin/);
  });

  it('does not seed demo accounts in production unless asked', () => {
    expect(
      loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: secret,
        CREDENTIAL_SIGNING_KEY: signingKey,
        PUBLIC_URL: publicUrl,
        DATA_DIR: dataDir(),
      }).seedDemoData,
    ).toBe(false);
  });

  it('generates a development secret once and keeps it in the data folder', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.jwtSecret).toHaveLength(64);
    expect(second.jwtSecret).toBe(first.jwtSecret);
    expect(readFileSync(path.join(dir, 'jwt-secret'), 'utf8').trim()).toBe(first.jwtSecret);
  });

  it('takes the credential signing key from CREDENTIAL_SIGNING_KEY, required in production, generated once otherwise', () => {
    const given = loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret, CREDENTIAL_SIGNING_KEY: signingKey.replace(/\n/g, '\\n') });
    expect(given.credentialSigningKey.trim()).toBe(signingKey.trim());
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, DATA_DIR: dataDir() })).toThrow(
      /CREDENTIAL_SIGNING_KEY: required when NODE_ENV=production/,
    );
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    for (const bad of [rsa, 'not a key']) {
      expect(() => loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret, CREDENTIAL_SIGNING_KEY: bad })).toThrow(
        /CREDENTIAL_SIGNING_KEY: must be an Ed25519 private key/,
      );
    }
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir, JWT_SECRET: secret }).credentialSigningKey;
    expect(createPrivateKey(first).asymmetricKeyType).toBe('ed25519');
    expect(loadConfig({ DATA_DIR: dir, JWT_SECRET: secret }).credentialSigningKey).toBe(first);
    expect(readFileSync(path.join(dir, 'credential-signing-key.pem'), 'utf8')).toBe(first);
  });

  it('listens on 127.0.0.1 outside production unless HOST says otherwise, on every interface in production', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret }).host).toBe('127.0.0.1');
    expect(loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret, HOST: '' }).host).toBe('127.0.0.1');
    expect(loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(
      loadConfig({
        NODE_ENV: 'production',
        DATA_DIR: dataDir(),
        JWT_SECRET: secret,
        CREDENTIAL_SIGNING_KEY: signingKey,
        PUBLIC_URL: publicUrl,
      }).host,
    ).toBeUndefined();
    expect(
      loadConfig({
        NODE_ENV: 'production',
        DATA_DIR: dataDir(),
        JWT_SECRET: secret,
        CREDENTIAL_SIGNING_KEY: signingKey,
        PUBLIC_URL: publicUrl,
        HOST: '::1',
      }).host,
    ).toBe('::1');
    expect(() => loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret, HOST: 'http://x/' })).toThrow(/HOST: must be an address/);
  });

  it('gives requests in flight 10 s at shutdown unless SHUTDOWN_GRACE_MS says otherwise', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret }).shutdownGraceMs).toBe(10_000);
    expect(loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret, SHUTDOWN_GRACE_MS: '2500' }).shutdownGraceMs).toBe(2500);
    expect(() => loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret, SHUTDOWN_GRACE_MS: '-1' })).toThrow(/SHUTDOWN_GRACE_MS/);
  });

  it('believes X-Forwarded-For from this machine by default; TRUST_PROXY names proxies or hops, never everyone', () => {
    const config = (env: Record<string, string>) => loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret, ...env });
    expect(config({}).trustProxy).toEqual(['loopback']);
    expect(config({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(config({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.10,loopback' }).trustProxy).toEqual(['10.0.0.0/8', '192.168.1.10', 'loopback']);
    for (const everyone of ['true', '*', '0.0.0.0/0', 'a b']) {
      expect(() => config({ TRUST_PROXY: everyone })).toThrow(/TRUST_PROXY/);
    }
  });

  it('reads the e-mail settings: no SMTP by default (outbox only), a job worker unless JOBS_WORKER=false', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret })).toMatchObject({
      smtpUrl: undefined,
      mailFrom: 'Living Lab Jawa Barat <no-reply@localhost>',
      jobsWorker: true,
    });
    expect(
      loadConfig({
        DATA_DIR: dataDir(),
        JWT_SECRET: secret,
        SMTP_URL: 'smtps://user:pass@mail.example.go.id:465',
        MAIL_FROM: 'Living Lab <no-reply@livinglab.example.go.id>',
        JOBS_WORKER: 'false',
      }),
    ).toMatchObject({
      smtpUrl: 'smtps://user:pass@mail.example.go.id:465',
      mailFrom: 'Living Lab <no-reply@livinglab.example.go.id>',
      jobsWorker: false,
    });
    expect(() => loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret, SMTP_URL: 'mail.example.go.id' })).toThrow(
      /SMTP_URL: must be an SMTP URL/,
    );
    expect(() => loadConfig({ DATA_DIR: dataDir(), JWT_SECRET: secret, JOBS_WORKER: 'yes' })).toThrow(/JOBS_WORKER/);
  });

  it('explains every invalid variable at once', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short', DATA_DIR: dataDir() });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/PORT:/);
    expect(message).toMatch(/DATABASE_URL: must start with postgres:\/\//);
    expect(message).toMatch(/JWT_SECRET: must be at least 32 characters long/);
  });

  it('keeps uploaded files in DATA_DIR/files unless an S3 bucket is named, 20 MB at most by default', () => {
    const dir = dataDir();
    expect(loadConfig({ DATA_DIR: dir, JWT_SECRET: secret })).toMatchObject({
      uploadMaxBytes: 20 * 1024 * 1024,
      fileStorage: { kind: 'folder', directory: path.join(dir, 'files') },
    });
    const s3 = loadConfig({
      DATA_DIR: dir,
      JWT_SECRET: secret,
      UPLOAD_MAX_BYTES: '5000000',
      S3_BUCKET: 'evidence',
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(s3).toMatchObject({
      uploadMaxBytes: 5_000_000,
      fileStorage: { kind: 's3', bucket: 'evidence', forcePathStyle: true, credentials: { accessKeyId: 'key', secretAccessKey: 'secret' } },
    });
  });

  it('names the S3 variable that is missing or wrong', () => {
    const base = { DATA_DIR: dataDir(), JWT_SECRET: secret };
    expect(() => loadConfig({ ...base, S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_BUCKET: required/);
    expect(() => loadConfig({ ...base, S3_BUCKET: 'evidence' })).toThrow(/S3_REGION: required/);
    expect(() => loadConfig({ ...base, S3_BUCKET: 'evidence', S3_REGION: 'us-east-1', S3_ACCESS_KEY_ID: 'key' })).toThrow(
      /set both or neither/,
    );
    expect(() => loadConfig({ ...base, S3_BUCKET: 'Not_A_Bucket', S3_REGION: 'us-east-1' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ ...base, UPLOAD_MAX_BYTES: '-1' })).toThrow(/UPLOAD_MAX_BYTES/);
  });
});
