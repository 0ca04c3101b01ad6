import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments';
import { ContentModule } from '../content';
import { NotificationsModule } from '../notifications';
import { RegionsModule } from '../regions';
import { UsersModule } from '../users';
import { Certificate } from './certificate.entity';
import { CertificateResolver } from './certificate.resolver';
import { CertificateService } from './certificate.service';
import { CredentialIssuer } from './certificate-credential';
import { Enrolment } from './enrolment.entity';
import { IssuerController } from './issuer.controller';
import { LearnerOverviewService } from './learner-overview.service';
import { LearningLoaders } from './learning.loaders';
import { LearningResolver, ModuleProgressResolver } from './learning.resolver';
import { LearningExportsController } from './learning-exports.controller';
import { LearningPath, LearningPathStep } from './learning-path.entity';
import { LearningPathResolver } from './learning-path.resolver';
import { LearningPathService } from './learning-path.service';
import { LearningProgressService } from './learning-progress.service';
import { LessonCompletion } from './lesson-completion.entity';
import { Quiz } from './quiz.entity';
import { QuizResolver } from './quiz.resolver';
import { QuizService } from './quiz.service';
import { QuizAttempt } from './quiz-attempt.entity';
import { ShippedQuizSeeder } from './shipped-quiz.seeder';

@Module({
  imports: [
    TypeOrmModule.forFeature([Enrolment, LessonCompletion, Quiz, QuizAttempt, LearningPath, LearningPathStep, Certificate]),
    ContentModule,
    NotificationsModule,
    RegionsModule,
    UsersModule,
    // Recommendations: the region's latest self-assessment values.
    AssessmentsModule,
  ],
  controllers: [LearningExportsController, IssuerController],
  providers: [
    CredentialIssuer,
    LearningProgressService,
    QuizService,
    LearningPathService,
    CertificateService,
    LearnerOverviewService,
    LearningLoaders,
    LearningResolver,
    ModuleProgressResolver,
    QuizResolver,
    LearningPathResolver,
    CertificateResolver,
    ShippedQuizSeeder,
  ],
  exports: [LearningLoaders, ShippedQuizSeeder],
})
export class LearningModule {}
