import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailService } from './mail.service';
import { MailDelivery } from './mail-delivery';
import { MailLinks } from './mail-links';
import { MailMessage, MailUnsubscribe } from './mail-message.entity';
import { MailOutboxResolver } from './mail-outbox.resolver';
import { MailOutboxService } from './mail-outbox.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeLinks } from './unsubscribe-links';

/**
 * E-mail through the outbox and the job queue (JobsModule, global). Import it in a feature's module
 * to inject `MailService` and `MailLinks`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([MailMessage, MailUnsubscribe])],
  controllers: [UnsubscribeController],
  providers: [MailService, MailLinks, UnsubscribeLinks, MailDelivery, MailOutboxService, MailOutboxResolver],
  exports: [MailService, MailLinks],
})
export class MailModule {}
