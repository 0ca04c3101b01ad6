import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { AdoptionStep, PlaybookAdoption } from './replication.entities';
import { ReplicationResolver } from './replication.resolver';
import { ReplicationService } from './replication.service';

@Module({
  imports: [TypeOrmModule.forFeature([PlaybookAdoption, AdoptionStep]), UsersModule],
  providers: [ReplicationService, ReplicationResolver],
})
export class ReplicationModule {}
