import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { FILE_STORE, type FileStore } from './file-store';
import { FolderFileStore } from './folder-file-store';
import { S3FileStore } from './s3-file-store';

export function createFileStore(config: AppConfig['fileStorage']): FileStore {
  return config.kind === 's3' ? new S3FileStore(config) : new FolderFileStore(config.directory);
}

/** Makes the configured FileStore injectable everywhere as FILE_STORE. */
@Global()
@Module({
  providers: [{ provide: FILE_STORE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createFileStore(config.fileStorage) }],
  exports: [FILE_STORE],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(@Inject(FILE_STORE) private readonly store: FileStore) {}

  onApplicationShutdown(): void {
    if (this.store instanceof S3FileStore) this.store.destroy();
  }
}
