import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '../regions/regions.module';
import { SpbeModule } from '../spbe/spbe.module';
import { UsersModule } from '../users/users.module';
import { CalendarController } from './calendar.controller';
import { CalendarFeedService } from './calendar-feed.service';
import { MentorExpertise, MentorProfile } from './mentor-profile.entity';
import { ActionItemResolver, MentoringPairResolver, MentoringResolver, MentoringSessionResolver } from './mentoring.resolver';
import { MentoringAccess } from './mentoring-access';
import { MentoringBoardService } from './mentoring-board.service';
import { MentoringPair, PairIndicator, PairMember } from './mentoring-pair.entity';
import { ActionItem, CalendarFeed, MentoringSession, SessionFeedback, SessionParticipant } from './mentoring-session.entity';
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
  ],
  controllers: [CalendarController],
  providers: [
    MentoringAccess,
    PairingService,
    MentoringSessionService,
    MentoringBoardService,
    CalendarFeedService,
    MentoringResolver,
    MentoringPairResolver,
    MentoringSessionResolver,
    ActionItemResolver,
  ],
})
export class MentoringModule {}
