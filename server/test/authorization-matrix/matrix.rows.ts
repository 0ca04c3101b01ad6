/**
 * The authorization matrix: one row per Query and Mutation field of the executable schema (issue 12).
 *
 * Rule for another region's objects and operations (the table's expectations follow it):
 * - an operation a caller may never call because of their roles answers FORBIDDEN (UNAUTHENTICATED
 *   when not signed in);
 * - figures/objects of a region the caller may not see answer FORBIDDEN/NOT_YOUR_REGION today when
 *   the region is named in the arguments (the region code is public), NOT_FOUND when reached by the
 *   id of an object the caller may not see (its existence is not revealed).
 *
 * `vars` gives the arguments for the fixture objects; arguments it leaves out are filled with
 * type-valid placeholders (unknown ids, "x" strings...). `late` rows run after the others, in order,
 * because they change state later cells depend on (sessions, roles, archiving...).
 * The expected outcome of each of the 8 callers is in matrix.expected.json (one entry per row;
 * `RECORD_MATRIX=1` rewrites it from the observed outcomes, to be reviewed in the diff).
 */
export interface Fixtures {
  regionA: string;
  regionB: string;
  provinceCode: string;
  moduleId: string;
  /** Published module whose author is the pair's mentor (for startRevision). */
  ownModuleId: string;
  /** Region A's Pemdi evaluation (opened by coordinator A) and its year. */
  evaluationId: string;
  pemdiYear: number;
  moduleRevisionId: string;
  lessonKey: string;
  quizId: string;
  playbookId: string;
  pairId: string;
  sessionId: string;
  actionItemId: string | null;
  assessmentId: string;
  adoptionId: string;
  adoptionStepKey: string;
  questionId: string;
  answerId: string;
  notificationId: string | null;
  learnerAId: string;
  mentorAId: string;
  throwawayUserId: string;
  throwawayCoordinatorId: string;
  draftItemId: string;
  draftRevisionId: string;
  certificateCode: string | null;
  pathId: string | null;
  year: number;
}

export interface MatrixRow {
  vars?: (fx: Fixtures) => Record<string, unknown>;
  late?: number;
  /**
   * Clears the sign-in/reset rate limits before each caller's cell: all callers share one address,
   * so a throttled operation (e.g. 5 reset requests an hour per IP) would refuse the later callers.
   */
  freshRateLimits?: boolean;
}

const SPBE = 'PERMENPANRB-59-2020';

export const QUERY_ROWS: Record<string, MatrixRow> = {
  auditEvents: { vars: () => ({ limit: 10, offset: 0 }) },
  catalogue: { vars: () => ({ limit: 10, offset: 0 }) },
  contentItem: { vars: (fx) => ({ id: fx.moduleId }) },
  contentRevision: { vars: (fx) => ({ id: fx.draftRevisionId }) },
  coordinatorHome: {},
  discussionCounts: { vars: (fx) => ({ itemId: fx.moduleId }) },
  discussionThread: { vars: (fx) => ({ itemId: fx.moduleId, targetKey: fx.lessonKey, limit: 10, offset: 0 }) },
  frameworkForYear: { vars: (fx) => ({ year: fx.year }) },
  latestSpbeActionPlan: { vars: (fx) => ({ regionCode: fx.regionA }) },
  learnerHome: {},
  learningPath: { vars: (fx) => ({ id: fx.pathId ?? '00000000-0000-4000-8000-000000000001' }) },
  learningPaths: {},
  mailOutbox: { vars: () => ({ limit: 10, offset: 0 }) },
  me: {},
  mentorSuggestions: { vars: (fx) => ({ input: { menteeUserId: fx.learnerAId, indicatorCodes: ['I19'] } }) },
  mentoringPair: { vars: (fx) => ({ id: fx.pairId }) },
  moduleProgress: { vars: (fx) => ({ itemId: fx.moduleId }) },
  moduleQuizzes: { vars: (fx) => ({ itemId: fx.moduleId }) },
  myCertificateCredential: { vars: (fx) => ({ code: fx.certificateCode ?? 'NOPE' }) },
  myCertificates: {},
  myContent: {},
  myMentoringPairs: {},
  myNotificationPreferences: {},
  myNotifications: { vars: () => ({ limit: 10, offset: 0, unreadOnly: false }) },
  myOpenActionItems: {},
  myUnreadNotificationCount: {},
  myUpcomingSessions: {},
  pairingBoard: { vars: (fx) => ({ regionCode: fx.regionA }) },
  pemdiEvaluation: { vars: (fx) => ({ regionCode: fx.regionA, year: fx.pemdiYear }) },
  pemdiIndexPlan: { vars: (fx) => ({ basis: 'SIMULATED', evaluationId: fx.evaluationId }) },
  pemdiOwnerCandidates: { vars: (fx) => ({ evaluationId: fx.evaluationId }) },
  playbookAdoption: { vars: (fx) => ({ id: fx.adoptionId }) },
  provinceOverview: { vars: (fx) => ({ provinceCode: fx.provinceCode }) },
  provinces: {},
  quizForEditing: { vars: (fx) => ({ itemId: fx.moduleId }) },
  region: { vars: (fx) => ({ code: fx.regionA }) },
  regionDashboard: { vars: (fx) => ({ regionCode: fx.regionA }) },
  regionLearners: { vars: (fx) => ({ regionCode: fx.regionA, limit: 10, offset: 0 }) },
  regionMentoringPairs: { vars: (fx) => ({ regionCode: fx.regionA }) },
  regionSpbe: { vars: (fx) => ({ regionCode: fx.regionA }) },
  regionsOfProvince: { vars: (fx) => ({ provinceCode: fx.provinceCode }) },
  replicationMatrix: { vars: (fx) => ({ provinceCode: fx.provinceCode }) },
  reviewQueue: {},
  spbeAssessment: { vars: (fx) => ({ regionCode: fx.regionA, year: fx.year }) },
  spbeFramework: {},
  spbeFrameworks: {},
  spbeIndexPlan: { vars: (fx) => ({ assessmentId: fx.assessmentId }) },
  spbeTargets: { vars: (fx) => ({ provinceCode: fx.provinceCode }) },
  users: { vars: () => ({ limit: 10, offset: 0 }) },
  verifyCertificate: { vars: (fx) => ({ code: fx.certificateCode ?? 'NOPE' }) },
  myRegionMoveRequest: {},
  regionMoveRequests: { vars: (fx) => ({ regionCode: fx.regionA, limit: 10, offset: 0 }) },
};

export const MUTATION_ROWS: Record<string, MatrixRow> = {
  acceptAnswer: { vars: (fx) => ({ answerId: fx.answerId }) },
  // Owner-only (no owner is assigned): region A's users FORBIDDEN, strangers NOT_FOUND; no state change.
  addPemdiEvidenceLink: {
    vars: (fx) => ({ input: { evaluationId: fx.evaluationId, indicatorCode: 'I01', url: 'https://example.id/bukti' } }),
  },
  adoptPlaybook: { vars: (fx) => ({ playbookId: fx.playbookId, regionCode: fx.regionA }) },
  answerQuestion: { vars: (fx) => ({ input: { questionId: fx.questionId, body: 'Jawaban matriks.' } }) },
  approveRevision: { vars: (fx) => ({ input: { revisionId: fx.draftRevisionId, version: 1 } }) },
  archiveContent: { vars: (fx) => ({ itemId: fx.draftItemId }), late: 1 },
  askQuestion: { vars: (fx) => ({ input: { itemId: fx.moduleId, targetKey: fx.lessonKey, body: 'Pertanyaan matriks.' } }) },
  // A stale version: the coordinators pass the checks and get CONFLICT, nothing changes.
  assignPemdiOwners: { vars: (fx) => ({ input: { evaluationId: fx.evaluationId, version: 999, assignments: [] } }) },
  cancelSession: { vars: (fx) => ({ input: { sessionId: fx.sessionId, reason: 'Matriks.', version: 1 } }), late: 3 },
  changePassword: { vars: () => ({ input: { currentPassword: 'wrong-password-1', newPassword: 'another-password-123' } }) },
  completeLesson: { vars: (fx) => ({ itemId: fx.moduleId, lessonKey: fx.lessonKey }) },
  createCalendarFeed: {},
  createContent: {
    vars: () => ({
      input: {
        type: 'MODULE',
        draft: {
          title: 'Modul matriks',
          summary: 'Ringkasan.',
          level: 'BEGINNER',
          estimatedMinutes: 10,
          language: 'id',
          indicatorCodes: ['I11'],
          lessons: [{ position: 1, title: 'Satu', body: 'Isi.' }],
        },
      },
    }),
  },
  createMentoringPair: {
    vars: (fx) => ({
      input: {
        mentorId: fx.mentorAId,
        menteeKind: 'REGION_TEAM',
        regionCode: fx.regionA,
        memberIds: [],
        goals: 'Matriks.',
        indicatorCodes: ['I19'],
        startDate: new Date().toISOString().slice(0, 10),
        endDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      },
    }),
  },
  endMentoringPair: { vars: (fx) => ({ input: { pairId: fx.pairId, version: 1 } }), late: 4 },
  enrol: { vars: (fx) => ({ itemId: fx.moduleId }) },
  finalizeSpbeAssessment: { vars: (fx) => ({ input: { assessmentId: fx.assessmentId, version: 1 } }), late: 2 },
  giveSessionFeedback: { vars: (fx) => ({ input: { sessionId: fx.sessionId, rating: 5 } }) },
  hideAnswer: { vars: (fx) => ({ input: { id: fx.answerId, reason: 'Matriks.' } }), late: 2 },
  hideQuestion: { vars: (fx) => ({ input: { id: fx.questionId, reason: 'Matriks.', version: 1 } }), late: 3 },
  logPastSession: {},
  login: { vars: () => ({ input: { email: 'nobody@example.id', password: 'wrong-password-1' } }) },
  markAllNotificationsRead: {},
  markNotificationRead: { vars: (fx) => ({ id: fx.notificationId ?? '00000000-0000-4000-8000-000000000001' }) },
  openPemdiEvaluation: { vars: (fx) => ({ input: { regionCode: fx.regionA, year: fx.pemdiYear } }) },
  recordEvidenceVerdict: {},
  recordPublishedSpbeScore: {},
  recordSessionOutcome: {},
  register: {},
  removePemdiEvidence: {},
  reopenSpbeAssessment: { vars: (fx) => ({ input: { assessmentId: fx.assessmentId, version: 1 } }), late: 3 },
  requestChanges: { vars: (fx) => ({ input: { revisionId: fx.draftRevisionId, version: 1 } }) },
  requestPasswordReset: { vars: () => ({ input: { email: 'nobody@example.id' } }), freshRateLimits: true },
  rescheduleSession: {},
  resendVerificationEmail: {},
  resetPassword: {},
  restoreContent: { vars: (fx) => ({ itemId: fx.draftItemId }), late: 2 },
  retryMail: {},
  revokeCalendarFeed: {},
  saveLearningPath: {},
  savePemdiIndicator: {
    vars: (fx) => ({ input: { evaluationId: fx.evaluationId, indicatorCode: 'I01', value: 3, version: 999 } }),
  },
  saveQuiz: { vars: (fx) => ({ input: { itemId: fx.moduleId, passMarkPercent: 60, questions: [] } }) },
  saveSpbeActionPlan: {},
  saveSpbeAssessment: { vars: (fx) => ({ input: { regionCode: fx.regionA, year: fx.year, levels: [], version: 1 } }) },
  scheduleSession: {
    vars: (fx) => ({
      input: {
        pairId: fx.pairId,
        startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
        durationMinutes: 60,
        agenda: 'Agenda matriks',
      },
    }),
  },
  sendPasswordResetLink: { vars: (fx) => ({ input: { userId: fx.throwawayUserId } }) },
  setActionItemDone: { vars: (fx) => ({ actionItemId: fx.actionItemId ?? '00000000-0000-4000-8000-000000000001', done: true }) },
  setCoordinatorRegions: { vars: (fx) => ({ input: { userId: fx.throwawayCoordinatorId, regionCodes: [fx.regionA] } }) },
  setNotificationPreference: {},
  setSpbeLevelNames: { vars: () => ({ frameworkCode: SPBE }) },
  setSpbeTarget: { vars: (fx) => ({ provinceCode: fx.provinceCode, target: 3.5 }) },
  setUserActive: { vars: (fx) => ({ input: { userId: fx.throwawayUserId, active: false } }), late: 5 },
  setUserRoles: { vars: (fx) => ({ input: { userId: fx.throwawayUserId, roles: ['LEARNER'] } }), late: 5 },
  signOut: { late: 9 },
  startQuizAttempt: { vars: (fx) => ({ quizId: fx.quizId }) },
  startRevision: { vars: (fx) => ({ itemId: fx.ownModuleId }) },
  submitForReview: { vars: (fx) => ({ input: { revisionId: fx.draftRevisionId, version: 1 } }) },
  submitPemdiEvaluation: { vars: (fx) => ({ input: { evaluationId: fx.evaluationId, version: 999 } }) },
  submitQuizAttempt: {},
  updateAdoptionStep: { vars: (fx) => ({ input: { adoptionId: fx.adoptionId, stepKey: fx.adoptionStepKey, version: 0, owner: 'Sekda' } }) },
  updateDraft: { vars: (fx) => ({ input: { revisionId: fx.draftRevisionId, version: 1, draft: {} } }) },
  updateMyProfile: {},
  verifyEmail: {},
  withdrawFromReview: { vars: (fx) => ({ input: { revisionId: fx.draftRevisionId, version: 1 } }) },
  // Region moves (membership): unknown ids for the deciders; the learner's own request late, then cancelled.
  approveRegionMove: {},
  rejectRegionMove: { vars: () => ({ reason: 'Matriks.' }) },
  requestRegionMove: { vars: (fx) => ({ toRegionCode: fx.regionB }), late: 6 },
  cancelMyRegionMove: { late: 7 },
};
