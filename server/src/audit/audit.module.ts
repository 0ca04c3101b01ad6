import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditEvent } from './audit-event.entity';
import { AuditExportsController } from './audit-exports.controller';

/**
 * The audit trail, global (imported once by the app): any feature injects `AuditService` and calls
 * `record(manager, ...)` inside the transaction of the change. It names no feature, so every feature may depend on it.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  controllers: [AuditExportsController],
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
