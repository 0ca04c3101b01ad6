import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContentModule } from '../content';
import { NotificationsModule } from '../notifications';
import { UsersModule } from '../users';
import { DiscussionAnswer, DiscussionQuestion } from './discussion.entities';
import { DiscussionAnswerResolver, DiscussionQuestionResolver } from './discussion.resolver';
import { DiscussionService } from './discussion.service';
import { DiscussionNotifier } from './discussion-notifier';
import { DiscussionsLoaders } from './discussions.loaders';

@Module({
  imports: [TypeOrmModule.forFeature([DiscussionQuestion, DiscussionAnswer]), ContentModule, UsersModule, NotificationsModule],
  providers: [DiscussionService, DiscussionNotifier, DiscussionsLoaders, DiscussionQuestionResolver, DiscussionAnswerResolver],
  exports: [DiscussionsLoaders],
})
export class DiscussionsModule {}
