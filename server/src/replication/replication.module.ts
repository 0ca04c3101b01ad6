import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContentModule } from '../content';
import { RegionsModule } from '../regions';
import { AdoptionStep, PlaybookAdoption } from './replication.entities';
import { ReplicationLoaders } from './replication.loaders';
import { ReplicationResolver } from './replication.resolver';
import { ReplicationService } from './replication.service';
import { ReplicationEvidenceController } from './replication-evidence.controller';
import { ReplicationExportsController } from './replication-exports.controller';

@Module({
  imports: [TypeOrmModule.forFeature([PlaybookAdoption, AdoptionStep]), ContentModule, RegionsModule],
  controllers: [ReplicationExportsController, ReplicationEvidenceController],
  providers: [ReplicationService, ReplicationLoaders, ReplicationResolver],
  exports: [ReplicationService, ReplicationLoaders],
})
export class ReplicationModule {}
