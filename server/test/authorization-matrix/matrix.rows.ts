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
 * - public account operations (login, register, requestPasswordReset) ignore the caller's session:
 *   a signed-in user may sign in as someone else (the answer's token and cookie are the new user's,
 *   the old token keeps working until its user signs out) or register another address.
 *
 * `vars` gives the arguments for the fixture objects; arguments it leaves out are filled with
 * type-valid placeholders (unknown ids, "x" strings...). Every mutation row names real region A
 * objects, so the allowed callers succeed and the refusals come from the rule, not from an unknown id;
 * where the first allowed caller's success would change what the next one meets (versions, bookings,
 * one value per year), `vars` is given the caller. An allowed caller that finds the object already
 * decided answers CONFLICT/BAD_USER_INPUT (e.g. the admin after coordinator A approved a move).
 * Objects the API cannot make (a session in the past, a submitted evidence item) are made in the
 * test's setup with SQL. `late` rows run after the others, in order,
 * because they change state later cells depend on (sessions, roles, archiving...).
 * The expected outcome of each of the 8 callers is in matrix.expected.json (one entry per row;
 * `RECORD_MATRIX=1` rewrites it from the observed outcomes, to be reviewed in the diff).
 */
import { TEST_PASSWORD } from '../test-app';

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
  /** Region A pair's sessions: one booked (to reschedule), one booked but started 2 days ago, one held. */
  rescheduleSessionId: string;
  pastSessionId: string;
  heldSessionId: string;
  /** Evidence of indicator I02 (owned by learner A): submitted (for a verdict), removable, kept. */
  submittedEvidenceId: string;
  removableEvidenceId: string;
  keptEvidenceId: string;
  /** Learner A's open quiz attempt. */
  quizAttemptId: string;
  /** Pending requests of two region B users to move into region A. */
  moveToApproveId: string;
  moveToRejectId: string;
  /** An outbox message marked FAILED. */
  failedMailId: string;
  /** The version of learner A's indicator entry I02. */
  ownedIndicatorVersion: number;
  /** A region A user with the test password, for login. */
  loginEmail: string;
  /** Each signed-in caller's own profile as `me` shows it (for updateMyProfile). */
  profiles: Partial<Record<Caller, Record<string, unknown>>>;
}

/** The 8 callers, in the order each row calls them. */
export const CALLERS = ['anonymous', 'learnerB', 'otherMentor', 'coordinatorB', 'learnerA', 'pairMentor', 'coordinatorA', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];

export interface MatrixRow {
  /** The caller is given for the rows whose first allowed caller's success would hide the later cells. */
  vars?: (fx: Fixtures, caller: Caller) => Record<string, unknown>;
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
  // Learner A's certificate (the mentor's module, completed in the setup): the holder's only.
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
  // Public by design (/verify/<code>): whoever holds the unguessable code sees whose certificate it is.
  verifyCertificate: { vars: (fx) => ({ code: fx.certificateCode ?? 'NOPE' }) },
  myRegionMoveRequest: {},
  regionMoveRequests: { vars: (fx) => ({ regionCode: fx.regionA, limit: 10, offset: 0 }) },
};

export const MUTATION_ROWS: Record<string, MatrixRow> = {
  acceptAnswer: { vars: (fx) => ({ answerId: fx.answerId }) },
  // Owner-only: learner A owns I02 and adds a link; region A's other users FORBIDDEN, strangers NOT_FOUND.
  addPemdiEvidenceLink: {
    vars: (fx) => ({ input: { evaluationId: fx.evaluationId, indicatorCode: 'I02', url: 'https://example.id/bukti' } }),
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
  // A region A team of one (the throwaway user): region A's coordinators and admins.
  createMentoringPair: {
    vars: (fx) => ({
      input: {
        mentorId: fx.mentorAId,
        menteeKind: 'REGION_TEAM',
        regionCode: fx.regionA,
        memberIds: [fx.throwawayUserId],
        goals: 'Matriks.',
        indicatorCodes: ['I19'],
        startDate: new Date().toISOString().slice(0, 10),
        endDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
      },
    }),
  },
  // Region A's coordinators end the pair (the admin then finds it ended: BAD_USER_INPUT).
  endMentoringPair: {
    vars: (fx) => ({ input: { pairId: fx.pairId, version: 1, status: 'COMPLETED', reason: 'Matriks selesai.' } }),
    late: 4,
  },
  enrol: { vars: (fx) => ({ itemId: fx.moduleId }) },
  finalizeSpbeAssessment: { vars: (fx) => ({ input: { assessmentId: fx.assessmentId, version: 1 } }), late: 2 },
  // The held session: its mentee rates it; the mentor and the coordinators may see it but not rate it.
  giveSessionFeedback: { vars: (fx) => ({ input: { sessionId: fx.heldSessionId, rating: 5 } }) },
  hideAnswer: { vars: (fx) => ({ input: { id: fx.answerId, reason: 'Matriks.' } }), late: 2 },
  hideQuestion: { vars: (fx) => ({ input: { id: fx.questionId, reason: 'Matriks.', version: 1 } }), late: 3 },
  // What happened in a session is the mentor's to record: mentee and coordinators FORBIDDEN.
  logPastSession: {
    vars: (fx) => ({
      input: {
        pairId: fx.pairId,
        startsAt: new Date(Date.now() - 5 * 86_400_000).toISOString(),
        durationMinutes: 60,
        agenda: 'Sesi lampau matriks',
        status: 'HELD',
      },
    }),
  },
  // Signing in while signed in is allowed, as in most APIs: login is public and ignores the caller's
  // session; the answer carries the new user's token (and replaces the session cookie), the old token
  // stays valid until it expires or its user signs out. Valid credentials, so every caller gets ok;
  // fresh rate limits, or the earlier callers' sign-ins would throttle the later ones.
  login: { vars: (fx) => ({ input: { email: fx.loginEmail, password: TEST_PASSWORD } }), freshRateLimits: true },
  markAllNotificationsRead: {},
  markNotificationRead: { vars: (fx) => ({ id: fx.notificationId ?? '00000000-0000-4000-8000-000000000001' }) },
  openPemdiEvaluation: { vars: (fx) => ({ input: { regionCode: fx.regionA, year: fx.pemdiYear } }) },
  // The submitted item; each allowed caller passes the version the previous one left (1, then 2).
  recordEvidenceVerdict: {
    vars: (fx, caller) => ({
      input: { itemId: fx.submittedEvidenceId, verdict: 'ACCEPTED', version: caller === 'admin' ? 2 : 1 },
    }),
  },
  // One value per region and year: the admin records the year before the coordinator's.
  recordPublishedSpbeScore: {
    vars: (fx, caller) => ({
      input: {
        regionCode: fx.regionA,
        year: caller === 'admin' ? fx.year - 1 : fx.year,
        index: 2.5,
        source: 'Hasil evaluasi SPBE matriks',
      },
    }),
  },
  // The session booked and started 2 days ago: the mentor only.
  recordSessionOutcome: { vars: (fx) => ({ input: { sessionId: fx.pastSessionId, version: 1, status: 'HELD' } }) },
  // Public, like login: the session is ignored; each caller registers another address (same answer either way).
  register: {
    vars: (_fx, caller) => ({
      input: {
        email: `daftar.${caller.toLowerCase()}@example.id`,
        password: 'Kuningan-matriks-2026-panjang',
        fullName: 'Pendaftar Matriks',
        agency: 'Diskominfo',
        regionCode: '32.08',
      },
    }),
    freshRateLimits: true,
  },
  // Learner A (the owner) removes one item; everyone else tries the one that stays (coordinators FORBIDDEN).
  removePemdiEvidence: {
    vars: (fx, caller) => ({ itemId: caller === 'learnerA' ? fx.removableEvidenceId : fx.keptEvidenceId }),
  },
  reopenSpbeAssessment: { vars: (fx) => ({ input: { assessmentId: fx.assessmentId, version: 1 } }), late: 3 },
  requestChanges: { vars: (fx) => ({ input: { revisionId: fx.draftRevisionId, version: 1 } }) },
  requestPasswordReset: { vars: () => ({ input: { email: 'nobody@example.id' } }), freshRateLimits: true },
  // Mentor and coordinators; each allowed caller passes the version the previous one left.
  rescheduleSession: {
    vars: (fx, caller) => ({
      input: {
        sessionId: fx.rescheduleSessionId,
        startsAt: new Date(Date.now() + 25 * 86_400_000).toISOString(),
        durationMinutes: 60,
        version: ({ pairMentor: 1, coordinatorA: 2, admin: 3 } as Partial<Record<Caller, number>>)[caller] ?? 1,
      },
    }),
  },
  resendVerificationEmail: {},
  resetPassword: {},
  restoreContent: { vars: (fx) => ({ itemId: fx.draftItemId }), late: 2 },
  retryMail: { vars: (fx) => ({ id: fx.failedMailId }) },
  revokeCalendarFeed: {},
  saveLearningPath: {
    vars: (fx) => ({ input: { title: 'Jalur matriks', description: 'Jalur.', steps: [{ itemId: fx.moduleId }] } }),
  },
  // I02's owner (learner A) only; the coordinators may not set values (FORBIDDEN).
  savePemdiIndicator: {
    vars: (fx) => ({ input: { evaluationId: fx.evaluationId, indicatorCode: 'I02', value: 3, version: fx.ownedIndicatorVersion } }),
  },
  saveQuiz: { vars: (fx) => ({ input: { itemId: fx.moduleId, passMarkPercent: 60, questions: [] } }) },
  saveSpbeActionPlan: { vars: (fx) => ({ input: { assessmentId: fx.assessmentId, target: 3, items: [] } }) },
  saveSpbeAssessment: { vars: (fx) => ({ input: { regionCode: fx.regionA, year: fx.year, levels: [], version: 1 } }) },
  // Mentor and coordinators; each allowed caller books another day (the same time would be DOUBLE_BOOKED).
  scheduleSession: {
    vars: (fx, caller) => ({
      input: {
        pairId: fx.pairId,
        startsAt: new Date(Date.now() + (20 + CALLERS.indexOf(caller) / 2) * 86_400_000).toISOString(),
        durationMinutes: 60,
        onlineUrl: 'https://meet.example.id/matriks',
        agenda: 'Agenda matriks',
      },
    }),
  },
  sendPasswordResetLink: { vars: (fx) => ({ input: { userId: fx.throwawayUserId } }) },
  // Learner A's item of the held session: its owner, the mentor and the coordinators.
  setActionItemDone: { vars: (fx) => ({ actionItemId: fx.actionItemId ?? '00000000-0000-4000-8000-000000000001', done: true }) },
  setCoordinatorRegions: { vars: (fx) => ({ input: { userId: fx.throwawayCoordinatorId, regionCodes: [fx.regionA] } }) },
  setNotificationPreference: { vars: () => ({ input: { kind: 'PAIR_CREATED', emailDelivery: 'DAILY_DIGEST' } }) },
  // Resets domain D4's level names to the framework's (no change of state visible elsewhere).
  setSpbeLevelNames: { vars: () => ({ frameworkCode: SPBE, domainCode: 'D4', levels: null }) },
  setSpbeTarget: { vars: (fx) => ({ provinceCode: fx.provinceCode, target: 3.5 }) },
  setUserActive: { vars: (fx) => ({ input: { userId: fx.throwawayUserId, active: false } }), late: 5 },
  setUserRoles: { vars: (fx) => ({ input: { userId: fx.throwawayUserId, roles: ['LEARNER'] } }), late: 5 },
  signOut: { late: 9 },
  startQuizAttempt: { vars: (fx) => ({ quizId: fx.quizId }) },
  startRevision: { vars: (fx) => ({ itemId: fx.ownModuleId }) },
  submitForReview: { vars: (fx) => ({ input: { revisionId: fx.draftRevisionId, version: 1 } }) },
  submitPemdiEvaluation: { vars: (fx) => ({ input: { evaluationId: fx.evaluationId, version: 999 } }) },
  // Learner A's open attempt: nobody else's (NOT_FOUND).
  submitQuizAttempt: { vars: (fx) => ({ input: { attemptId: fx.quizAttemptId, answers: [] } }) },
  // Region A's coordinators start the step; each passes the version the previous one left (0, then 1).
  updateAdoptionStep: {
    vars: (fx, caller) => ({
      input: {
        adoptionId: fx.adoptionId,
        stepKey: fx.adoptionStepKey,
        version: caller === 'admin' ? 1 : 0,
        owner: 'Sekda',
        status: 'IN_PROGRESS',
        startedOn: new Date().toISOString().slice(0, 10),
      },
    }),
  },
  updateDraft: { vars: (fx) => ({ input: { revisionId: fx.draftRevisionId, version: 1, draft: {} } }) },
  // Self-service: each caller saves their own profile unchanged (anonymous: placeholders).
  updateMyProfile: { vars: (fx, caller) => ({ input: fx.profiles[caller] ?? {} }) },
  verifyEmail: {},
  withdrawFromReview: { vars: (fx) => ({ input: { revisionId: fx.draftRevisionId, version: 1 } }) },
  // Region moves (membership): two region B users' requests to move into region A, decided by region A's
  // coordinators (the second decider finds it decided); the learner's own request late, then cancelled.
  approveRegionMove: { vars: (fx) => ({ id: fx.moveToApproveId }) },
  rejectRegionMove: { vars: (fx) => ({ id: fx.moveToRejectId, reason: 'Matriks.' }) },
  requestRegionMove: { vars: (fx) => ({ toRegionCode: fx.regionB }), late: 6 },
  cancelMyRegionMove: { late: 7 },
};
