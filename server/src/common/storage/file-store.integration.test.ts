import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { FIXTURES } from '../../../test/file-fixtures';
import { startS3Server } from '../../../test/s3-server';
import type { FileStore } from './file-store';
import { FolderFileStore } from './folder-file-store';
import { S3FileStore } from './s3-file-store';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe.each(['folder', 's3'] as const)('FileStore (%s)', (kind) => {
  let store: FileStore;
  let close: () => Promise<void> = async () => {};
  let folder: string;

  beforeAll(async () => {
    if (kind === 'folder') {
      folder = mkdtempSync(path.join(os.tmpdir(), 'livinglab-store-'));
      store = new FolderFileStore(folder);
    } else {
      const s3 = await startS3Server();
      const s3Store = new S3FileStore(s3.config);
      store = s3Store;
      close = async () => {
        s3Store.destroy();
        await s3.close();
      };
    }
  });
  afterAll(() => close());

  it('puts a buffer and a stream, reads them back, deletes them', async () => {
    const fromBuffer = `evidence/${randomUUID()}`;
    const fromStream = `evidence/${randomUUID()}`;
    await store.put(fromBuffer, FIXTURES.pdf, { contentType: 'application/pdf', size: FIXTURES.pdf.length });
    await store.put(fromStream, Readable.from([FIXTURES.png]), { contentType: 'image/png', size: FIXTURES.png.length });
    expect(await readAll(await store.get(fromBuffer))).toEqual(FIXTURES.pdf);
    expect(await readAll(await store.get(fromStream))).toEqual(FIXTURES.png);
    expect(await store.exists(fromBuffer)).toBe(true);
    await store.delete(fromBuffer);
    expect(await store.exists(fromBuffer)).toBe(false);
    expect(await store.exists(fromStream)).toBe(true);
    // Deleting twice is not an error.
    await store.delete(fromBuffer);
  });

  it('refuses keys that are not generated ones (no paths from users)', async () => {
    await expect(store.put('../etc/passwd', FIXTURES.pdf, { contentType: 'application/pdf', size: 1 })).rejects.toThrow(/Not a file key/);
    await expect(store.get('evidence/../../x')).rejects.toThrow(/Not a file key/);
  });

  if (kind === 'folder') {
    it('leaves no partial file when the stream fails midway', async () => {
      const key = `evidence/${randomUUID()}`;
      const failing = new Readable({
        read() {
          this.push(Buffer.from('%PDF-1.4 partial'));
          this.destroy(new Error('connection lost'));
        },
      });
      await expect(store.put(key, failing, { contentType: 'application/pdf', size: 100 })).rejects.toThrow('connection lost');
      expect(await store.exists(key)).toBe(false);
      expect(readdirSync(path.join(folder, 'evidence')).filter((name) => name.endsWith('.part'))).toEqual([]);
    });
  }
});
