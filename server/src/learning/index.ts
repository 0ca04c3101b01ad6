// The learning feature's public API: its module and loaders, and the GraphQL types other features
// may return in their own types. Nothing outside this folder reads learning's tables.
export { Certificate, CertificateKind } from './certificate.entity';
export { LearningLoaders, type LearningRequestLoaders } from './learning.loaders';
export { LearnerHome, ModuleProgress, PathStep, QuizStatus, RegionLearner } from './learning.models';
export { LearningModule } from './learning.module';
export { LearningPath } from './learning-path.entity';
export { ShippedQuizSeeder } from './shipped-quiz.seeder';
