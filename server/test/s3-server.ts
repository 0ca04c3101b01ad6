import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileStorageConfig } from '../src/config/app-config';

// s3rver 3.7.1 ships no types: the part of its API the tests use.
interface S3rverInstance {
  run(): Promise<{ port: number; address: string }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

/** A real S3-compatible server (s3rver, on a folder of its own) with one bucket, for one test file. */
export async function startS3Server(
  bucket = 'evidence',
): Promise<{ config: Extract<FileStorageConfig, { kind: 's3' }>; close(): Promise<void> }> {
  const S3rver = require('s3rver') as S3rverClass;
  const directory = mkdtempSync(path.join(os.tmpdir(), 'livinglab-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    config: {
      kind: 's3',
      bucket,
      region: 'us-east-1',
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
