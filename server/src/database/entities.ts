import { ActionPlan, ActionPlanItem } from '../assessments/action-plan.entities';
import { Assessment, AssessmentLevel } from '../assessments/assessment.entities';
import { PemdiEvaluation, PemdiEvidenceItem, PemdiIndicatorEntry } from '../assessments/pemdi-evaluation.entities';
import { PublishedScore } from '../assessments/published-score.entity';
import { SpbeTarget } from '../assessments/spbe-target.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { AccountToken } from '../auth/account-token.entity';
import { ContentEvent } from '../content/content-event.entity';
import { ContentItem } from '../content/content-item.entity';
import { ContentRevision } from '../content/content-revision.entity';
import { ContentRevisionIndicator } from '../content/content-revision-indicator.entity';
import { RegionLastActiveDay, RegionMonthlyStats, RegionStats } from '../dashboards/region-stats.entities';
import { DiscussionAnswer, DiscussionQuestion } from '../discussions/discussion.entities';
import { Certificate } from '../learning/certificate.entity';
import { Enrolment } from '../learning/enrolment.entity';
import { LearningPath, LearningPathStep } from '../learning/learning-path.entity';
import { LessonCompletion } from '../learning/lesson-completion.entity';
import { Quiz } from '../learning/quiz.entity';
import { QuizAttempt } from '../learning/quiz-attempt.entity';
import { MailMessage, MailUnsubscribe } from '../mail/mail-message.entity';
import { MentorExpertise, MentorProfile } from '../mentoring/mentor-profile.entity';
import { MentoringPair, PairIndicator, PairMember } from '../mentoring/mentoring-pair.entity';
import { ActionItem, CalendarFeed, MentoringSession, SessionFeedback, SessionParticipant } from '../mentoring/mentoring-session.entity';
import { Notification, NotificationPreference } from '../notifications/notification.entities';
import { RegionMoveRequest } from '../region-membership/region-move-request.entity';
import { CoordinatorRegion } from '../regions/coordinator-region.entity';
import { Region } from '../regions/region.entity';
import { AdoptionStep, PlaybookAdoption } from '../replication/replication.entities';
import { SpbeAspect } from '../spbe/spbe-aspect.entity';
import { SpbeDomain } from '../spbe/spbe-domain.entity';
import { SpbeFramework } from '../spbe/spbe-framework.entity';
import { SpbeIndicator } from '../spbe/spbe-indicator.entity';
import { User } from '../users/user.entity';

/** Every entity, listed once: the app, the migration generator and the tests use this list. */
export const ENTITIES = [
  Region,
  SpbeFramework,
  SpbeDomain,
  SpbeAspect,
  SpbeIndicator,
  User,
  AccountToken,
  CoordinatorRegion,
  ContentItem,
  ContentRevision,
  ContentRevisionIndicator,
  ContentEvent,
  Enrolment,
  LessonCompletion,
  Quiz,
  QuizAttempt,
  LearningPath,
  LearningPathStep,
  Certificate,
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
  PublishedScore,
  SpbeTarget,
  Assessment,
  AssessmentLevel,
  PemdiEvaluation,
  PemdiIndicatorEntry,
  PemdiEvidenceItem,
  ActionPlan,
  ActionPlanItem,
  PlaybookAdoption,
  DiscussionQuestion,
  DiscussionAnswer,
  AdoptionStep,
  RegionStats,
  RegionMonthlyStats,
  RegionLastActiveDay,
  MailMessage,
  MailUnsubscribe,
  Notification,
  NotificationPreference,
  AuditEvent,
  RegionMoveRequest,
];
