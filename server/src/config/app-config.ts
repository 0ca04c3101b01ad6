import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './repo-root';

/**
 * Configuration comes from environment variables only, validated once at start. A bad value stops
 * the server with a message that names the variable, instead of failing later at first use.
 */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z
    .string()
    .regex(/^[\w.:-]+$/, 'must be an address or host name to listen on, like 127.0.0.1 or 0.0.0.0')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  // Who may say the caller's address in X-Forwarded-For: Express's `trust proxy`, as a hop count or a
  // list of addresses, subnets and the names loopback, linklocal, uniquelocal. Never "everyone": any
  // client could then pick its own address and escape the per-IP limits.
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(
      /^(\d{1,2}|[\w.:/-]+(\s*,\s*[\w.:/-]+)*)$/,
      'must be a hop count (1) or addresses, subnets or loopback/linklocal/uniquelocal, comma-separated',
    )
    .refine((value) => !/^(true|\*|0\.0\.0\.0\/0|::\/0)$/i.test(value), 'must not trust every address: name the proxies or a hop count')
    .default('loopback'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DATA_DIR: z.string().min(1).optional(),
  JWT_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters long')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CREDENTIAL_SIGNING_KEY: z
    .string()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  JWT_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(30 * 24 * 3600)
    .default(8 * 3600),
  SEED_DEMO_DATA: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true')),
  SEED_CONTENT: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+$/, 'must be an origin like https://livinglab.example.go.id (no trailing slash)')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an SMTP URL like smtp://user:password@mail.example.go.id:587 or smtps://...:465')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default('Living Lab Jawa Barat <no-reply@localhost>'),
  JOBS_WORKER: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  WEB_DIST_DIR: z.string().min(1).optional(),
  UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(20 * 1024 * 1024),
  S3_ENDPOINT: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL like http://127.0.0.1:9000')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3-63 lower-case letters, digits, dots, hyphens)')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  S3_REGION: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  // Requests a minute per IP address and per signed-in user on the API; 0 turns that limit off.
  RATE_LIMIT_PER_IP_PER_MINUTE: z.coerce.number().int().min(0).max(10_000_000).default(6000),
  RATE_LIMIT_PER_USER_PER_MINUTE: z.coerce.number().int().min(0).max(10_000_000).default(600),
  RESPONSE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(1024 * 1024 * 1024)
    .default(10 * 1024 * 1024),
});

export class ConfigError extends Error {}

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** Interface to listen on; undefined: every interface (production's default). */
  host?: string;
  /** On SIGTERM/SIGINT, how long requests in flight may take before their connections are cut. */
  shutdownGraceMs?: number;
  /** Express `trust proxy` (TRUST_PROXY): whose X-Forwarded-For gives the caller's address. Default loopback. */
  trustProxy?: number | string[];
  databaseUrl?: string;
  dataDir: string;
  jwtSecret: string;
  jwtTtlSeconds: number;
  /** Ed25519 private key (PKCS8 PEM) that signs the certificates' Open Badges credentials (VC-JWT, EdDSA). */
  credentialSigningKey: string;
  seedDemoData: boolean;
  /** Publish the case studies, playbooks and modules that ship with the platform (once each). */
  seedContent: boolean;
  logLevel: string;
  /** Origin of the web app, used in links that leave the app (certificate credentials). */
  publicUrl: string;
  /** SMTP server that delivers e-mail (SMTP_URL); absent: messages stay in the outbox (development). */
  smtpUrl?: string;
  /** Sender of every e-mail (MAIL_FROM), e.g. `Living Lab Jawa Barat <no-reply@livinglab.jabarprov.go.id>`. */
  mailFrom?: string;
  /** Run background jobs in this process (JOBS_WORKER, default true). Absent (test apps): enqueue only. */
  jobsWorker?: boolean;
  webDistDir: string;
  /** Largest uploaded file accepted (UPLOAD_MAX_BYTES, 20 MB by default). */
  uploadMaxBytes: number;
  /** Where uploaded files are kept: a folder under DATA_DIR, or an S3-compatible bucket when S3_BUCKET is set. */
  fileStorage: FileStorageConfig;
  /** Requests per window per IP and per user (RATE_LIMIT_*); absent (test apps unless they set it): not limited. */
  rateLimits?: RequestBudgets;
  /** Largest GraphQL response sent (RESPONSE_MAX_BYTES, 10 MB by default). */
  responseMaxBytes?: number;
}

/** Request budgets of the rate limiter; a budget of 0 is no limit. */
export interface RequestBudgets {
  perIp: number;
  perUser: number;
  windowSeconds: number;
}

export type FileStorageConfig =
  | { kind: 'folder'; directory: string }
  | {
      kind: 's3';
      bucket: string;
      region: string;
      /** Absent for AWS itself; MinIO, Garage, s3rver and the like need it. */
      endpoint?: string;
      forcePathStyle: boolean;
      /** Absent: the AWS SDK's default credential chain (environment, instance role). */
      credentials?: { accessKeyId: string; secretAccessKey: string };
    };

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Reads and validates the environment. In development a JWT secret is generated once and kept in DATA_DIR. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  const dataDir = path.resolve(values.DATA_DIR ?? path.join(repoRoot(), '.data'));
  return {
    nodeEnv: values.NODE_ENV,
    port: values.PORT,
    // Outside production only this machine can reach the server (the demo accounts' password is public).
    host: values.HOST ?? (values.NODE_ENV === 'production' ? undefined : '127.0.0.1'),
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
    trustProxy: /^\d+$/.test(values.TRUST_PROXY) ? Number(values.TRUST_PROXY) : values.TRUST_PROXY.split(',').map((part) => part.trim()),
    databaseUrl: values.DATABASE_URL,
    dataDir,
    jwtSecret: values.JWT_SECRET ?? developmentJwtSecret(values.NODE_ENV, dataDir),
    jwtTtlSeconds: values.JWT_TTL_SECONDS,
    credentialSigningKey: credentialSigningKey(values.CREDENTIAL_SIGNING_KEY, values.NODE_ENV, dataDir),
    seedDemoData: values.SEED_DEMO_DATA ?? values.NODE_ENV !== 'production',
    seedContent: values.SEED_CONTENT,
    logLevel: values.LOG_LEVEL,
    publicUrl: publicUrl(values.PUBLIC_URL, values.NODE_ENV, values.PORT),
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
    jobsWorker: values.JOBS_WORKER,
    webDistDir: path.resolve(values.WEB_DIST_DIR ?? path.join(repoRoot(), 'web', 'dist')),
    uploadMaxBytes: values.UPLOAD_MAX_BYTES,
    fileStorage: fileStorageConfig(values, dataDir),
    rateLimits: {
      perIp: values.RATE_LIMIT_PER_IP_PER_MINUTE,
      perUser: values.RATE_LIMIT_PER_USER_PER_MINUTE,
      windowSeconds: 60,
    },
    responseMaxBytes: values.RESPONSE_MAX_BYTES,
  };
}

/** S3 when a bucket is named (with a region, and both keys or neither); otherwise the folder DATA_DIR/files. */
function fileStorageConfig(values: z.output<typeof environmentSchema>, dataDir: string): FileStorageConfig {
  const s3Named = [values.S3_ENDPOINT, values.S3_REGION, values.S3_ACCESS_KEY_ID, values.S3_SECRET_ACCESS_KEY].some(Boolean);
  if (!values.S3_BUCKET) {
    if (s3Named) throw new ConfigError('Invalid configuration:\n  S3_BUCKET: required when another S3_* variable is set');
    return { kind: 'folder', directory: path.join(dataDir, 'files') };
  }
  const problems: string[] = [];
  if (!values.S3_REGION) problems.push('  S3_REGION: required with S3_BUCKET (e.g. us-east-1 for MinIO)');
  if (Boolean(values.S3_ACCESS_KEY_ID) !== Boolean(values.S3_SECRET_ACCESS_KEY)) {
    problems.push('  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both or neither');
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return {
    kind: 's3',
    bucket: values.S3_BUCKET,
    region: values.S3_REGION as string,
    endpoint: values.S3_ENDPOINT,
    forcePathStyle: values.S3_FORCE_PATH_STYLE,
    credentials:
      values.S3_ACCESS_KEY_ID && values.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: values.S3_ACCESS_KEY_ID, secretAccessKey: values.S3_SECRET_ACCESS_KEY }
        : undefined,
  };
}

/**
 * The origin users reach (PUBLIC_URL): links in e-mails, credential ids and calendar UIDs are built from it,
 * so production must name it; elsewhere `http://localhost:PORT`.
 */
function publicUrl(value: string | undefined, nodeEnv: AppConfig['nodeEnv'], port: number): string {
  if (value !== undefined) return value;
  if (nodeEnv === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  PUBLIC_URL: required when NODE_ENV=production (the origin users reach, like https://livinglab.jabarprov.go.id)',
    );
  }
  return `http://localhost:${port}`;
}

function developmentJwtSecret(nodeEnv: AppConfig['nodeEnv'], dataDir: string): string {
  if (nodeEnv === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  JWT_SECRET: required when NODE_ENV=production (at least 32 characters, e.g. `openssl rand -base64 48`)',
    );
  }
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * The issuer's Ed25519 key for certificate credentials: CREDENTIAL_SIGNING_KEY (PKCS8 PEM; `\n` escapes
 * allowed, for one-line env files) in production, otherwise generated once into DATA_DIR. Changing it
 * makes every credential downloaded before unverifiable, so production must keep it.
 */
function credentialSigningKey(value: string | undefined, nodeEnv: AppConfig['nodeEnv'], dataDir: string): string {
  if (value !== undefined) {
    const pem = value.replace(/\\n/g, '\n').trim();
    let type: string | undefined;
    try {
      type = createPrivateKey(pem).asymmetricKeyType;
    } catch {
      type = undefined;
    }
    if (type !== 'ed25519') {
      throw new ConfigError(
        'Invalid configuration:\n  CREDENTIAL_SIGNING_KEY: must be an Ed25519 private key in PKCS8 PEM (`openssl genpkey -algorithm ed25519`)',
      );
    }
    return `${pem}\n`;
  }
  if (nodeEnv === 'production') {
    throw new ConfigError(
      'Invalid configuration:\n  CREDENTIAL_SIGNING_KEY: required when NODE_ENV=production (an Ed25519 private key in PKCS8 PEM, `openssl genpkey -algorithm ed25519`)',
    );
  }
  const file = path.join(dataDir, 'credential-signing-key.pem');
  if (existsSync(file)) return readFileSync(file, 'utf8');
  mkdirSync(dataDir, { recursive: true });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  writeFileSync(file, pem, { mode: 0o600 });
  return pem;
}
