import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { Certificate } from './certificate.entity';
import { CertificateService } from './certificate.service';
import { Enrolment } from './enrolment.entity';
import { LearnerOverviewService } from './learner-overview.service';
import { LearningPathResolver, LearningResolver, ModuleProgressResolver } from './learning.resolver';
import { LearningPath, LearningPathStep } from './learning-path.entity';
import { LearningPathService } from './learning-path.service';
import { LearningProgressService } from './learning-progress.service';
import { LessonCompletion } from './lesson-completion.entity';
import { Quiz } from './quiz.entity';
import { QuizService } from './quiz.service';
import { QuizAttempt } from './quiz-attempt.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Enrolment, LessonCompletion, Quiz, QuizAttempt, LearningPath, LearningPathStep, Certificate]),
    UsersModule,
  ],
  providers: [
    LearningProgressService,
    QuizService,
    LearningPathService,
    CertificateService,
    LearnerOverviewService,
    LearningResolver,
    LearningPathResolver,
    ModuleProgressResolver,
  ],
})
export class LearningModule {}
