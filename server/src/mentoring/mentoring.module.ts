import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContentModule } from '../content';
import { NotificationsModule } from '../notifications';
import { RegionsModule } from '../regions';
import { SpbeModule } from '../spbe';
import { UsersModule } from '../users';
import { CalendarController } from './calendar.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { MentorExpertise, MentorProfile } from './mentor-profile.entity';
import { MentoringLoaders } from './mentoring.loaders';
import { MentoringResolver } from './mentoring.resolver';
import { MentoringAccess } from './mentoring-access';
import { MentoringBoardService } from './mentoring-board.service';
import { MentoringExportsController } from './mentoring-exports.controller';
import { MentoringExportsService } from './mentoring-exports.service';
import { MentoringNotifications } from './mentoring-notifications';
import { MentoringPair, PairIndicator, PairMember } from './mentoring-pair.entity';
import { MentoringPairResolver } from './mentoring-pair.resolver';
import { ActionItem, CalendarFeed, MentoringSession, SessionFeedback, SessionParticipant } from './mentoring-session.entity';
import { ActionItemResolver, MentoringSessionResolver } from './mentoring-session.resolver';
import { MentoringSessionService } from './mentoring-session.service';
import { PairingService } from './pairing.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      MentorProfile,
      MentorExpertise,
      MentoringPair,
      PairMember,
      PairIndicator,
      MentoringSession,
      SessionParticipant,
      ActionItem,
      SessionFeedback,
      CalendarFeed,
    ]),
    UsersModule,
    RegionsModule,
    SpbeModule,
    ContentModule,
    NotificationsModule,
  ],
  controllers: [CalendarController, MentoringExportsController],
  providers: [
    MentoringAccess,
    MentoringLoaders,
    PairingService,
    MentoringSessionService,
    MentoringBoardService,
    MentoringExportsService,
    MentoringNotifications,
    CalendarFeedService,
    MentoringResolver,
    MentoringPairResolver,
    MentoringSessionResolver,
    ActionItemResolver,
  ],
  exports: [MentoringLoaders],
})
export class MentoringModule {}
