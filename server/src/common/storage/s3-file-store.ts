import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { FileStorageConfig } from '../../config/app-config';
import { assertFileKey, type FileStore } from './file-store';

/** Files in an S3-compatible bucket (AWS S3, MinIO, Garage, ...); the bucket must exist. */
export class S3FileStore implements FileStore {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: Extract<FileStorageConfig, { kind: 's3' }>) {
    this.bucket = config.bucket;
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      // Checksums only where S3 requires them: the SDK's default (since 3.729) streams uploads as
      // aws-chunked with a trailing CRC, which many S3-compatible servers store verbatim.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Readable | Buffer, metadata: { contentType: string; size: number }): Promise<void> {
    assertFileKey(key);
    // A stream needs its length up front (no chunked upload); the caller knows it from the upload.
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: metadata.contentType, ContentLength: metadata.size }),
    );
  }

  async get(key: string): Promise<Readable> {
    assertFileKey(key);
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    // In Node the SDK's body is an IncomingMessage (a Readable).
    return object.Body as Readable;
  }

  async delete(key: string): Promise<void> {
    assertFileKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async exists(key: string): Promise<boolean> {
    assertFileKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (error instanceof NotFound || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
        return false;
      throw error;
    }
  }

  destroy(): void {
    this.client.destroy();
  }
}
