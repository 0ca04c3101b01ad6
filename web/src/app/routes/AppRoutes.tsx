import type { ReactElement } from 'react';
import { matchRoutes, Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../../components/RequireAuth';
import { AppShell } from '../AppShell';
import Home from './HomePage';
import { type LazyPage, lazyPage } from './lazy-page';

// The home page (the landing page signed out) comes with the shell: lazy, it suspended the first render,
// and React holds back the content that follows a Suspense fallback by up to 300 ms (issue 13, LCP).
const HomePage: LazyPage = { Page: Home, preload: async () => ({ default: Home }), loaded: Home };
// Every other page in a chunk of its own, fetched together with its feature's texts (lazy-page.ts).
const NotificationsPage = lazyPage(() => import('../../features/notifications/routes/NotificationsPage'), ['notifications']);
const NotificationPreferencesPage = lazyPage(
  () => import('../../features/notifications/routes/NotificationPreferencesPage'),
  ['notifications'],
);
const LoginPage = lazyPage(() => import('../../features/auth/routes/LoginPage'), ['auth']);
const RegisterPage = lazyPage(() => import('../../features/auth/routes/RegisterPage'), ['auth']);
const ForgotPasswordPage = lazyPage(() => import('../../features/auth/routes/ForgotPasswordPage'), ['auth']);
const ResetPasswordPage = lazyPage(() => import('../../features/auth/routes/ResetPasswordPage'), ['auth']);
const VerifyEmailPage = lazyPage(() => import('../../features/auth/routes/VerifyEmailPage'), ['auth']);
// The profile shows the region-move section's title (membership) itself.
const ProfilePage = lazyPage(() => import('../../features/users/profile/routes/ProfilePage'), ['users', 'membership']);
const SpbeCataloguePage = lazyPage(() => import('../../features/spbe/routes/SpbeCataloguePage'), ['spbe']);
const AdminUsersPage = lazyPage(() => import('../../features/users/admin/routes/AdminUsersPage'), ['users']);
const MailOutboxPage = lazyPage(() => import('../../features/mail/routes/MailOutboxPage'), ['mail']);
const AuditLogPage = lazyPage(() => import('../../features/audit/routes/AuditLogPage'), ['audit']);
const CataloguePage = lazyPage(() => import('../../features/content/routes/CataloguePage'), ['content']);
const ContentDetailPage = lazyPage(() => import('../../features/content/routes/ContentDetailPage'), ['content']);
const MyContentPage = lazyPage(() => import('../../features/content/routes/MyContentPage'), ['content']);
const EditorPage = lazyPage(() => import('../../features/content/routes/EditorPage'), ['content']);
const HistoryPage = lazyPage(() => import('../../features/content/routes/HistoryPage'), ['content']);
const ReviewQueuePage = lazyPage(() => import('../../features/content/review/routes/ReviewQueuePage'), ['content']);
const ReviewPage = lazyPage(() => import('../../features/content/review/routes/ReviewPage'), ['content']);
const LessonPage = lazyPage(() => import('../../features/learning/routes/LessonPage'), ['learning']);
const QuizPage = lazyPage(() => import('../../features/learning/routes/QuizPage'), ['learning']);
const QuizEditorPage = lazyPage(() => import('../../features/learning/routes/QuizEditorPage'), ['learning']);
const PathsPage = lazyPage(() => import('../../features/learning/paths/routes/PathsPage'), ['learning']);
const PathDetailPage = lazyPage(() => import('../../features/learning/paths/routes/PathDetailPage'), ['learning']);
const PathEditorPage = lazyPage(() => import('../../features/learning/paths/routes/PathEditorPage'), ['learning']);
const CertificatesPage = lazyPage(() => import('../../features/learning/certificates/routes/CertificatesPage'), ['learning']);
const CertificatePage = lazyPage(() => import('../../features/learning/certificates/routes/CertificatePage'), ['learning']);
const VerifyPage = lazyPage(() => import('../../features/learning/certificates/routes/VerifyPage'), ['learning']);
const RegionLearnersPage = lazyPage(() => import('../../features/learning/coordination/routes/RegionLearnersPage'), ['learning']);
const RegionMovesPage = lazyPage(() => import('../../features/membership/routes/RegionMovesPage'), ['membership']);
const MentoringPage = lazyPage(() => import('../../features/mentoring/routes/MentoringPage'), ['mentoring']);
const PairPage = lazyPage(() => import('../../features/mentoring/routes/PairPage'), ['mentoring']);
const PairingBoardPage = lazyPage(() => import('../../features/mentoring/routes/PairingBoardPage'), ['mentoring']);
const CreatePairPage = lazyPage(() => import('../../features/mentoring/routes/CreatePairPage'), ['mentoring']);
const RegionSpbePage = lazyPage(() => import('./RegionSpbePage'));
const AssessmentEditorPage = lazyPage(() => import('../../features/assessments/routes/AssessmentEditorPage'), ['assessments']);
const SimulatorPage = lazyPage(() => import('../../features/assessments/routes/SimulatorPage'), ['assessments']);
const PemdiEvaluationPage = lazyPage(() => import('../../features/assessments/routes/PemdiEvaluationPage'), ['assessments']);
const ReplicationPage = lazyPage(() => import('../../features/replication/routes/ReplicationPage'), ['replication']);
const AdoptionPage = lazyPage(() => import('../../features/replication/routes/AdoptionPage'), ['replication']);
const ProvinceOverviewPage = lazyPage(() => import('../../features/dashboards/routes/ProvinceOverviewPage'), ['dashboards']);
const NotFoundPage = lazyPage(() => import('./NotFoundPage'));

interface PageRoute {
  /** Undefined for the index route (`/`). */
  path?: string;
  page: LazyPage;
  /** For signed-in users only: others are sent to the login page (RequireAuth). */
  signedIn?: boolean;
}

const ROUTES: PageRoute[] = [
  { page: HomePage },
  { path: 'masuk', page: LoginPage },
  { path: 'daftar', page: RegisterPage },
  { path: 'lupa-kata-sandi', page: ForgotPasswordPage },
  { path: 'reset-password', page: ResetPasswordPage },
  { path: 'verify-email', page: VerifyEmailPage },
  { path: 'profil', page: ProfilePage, signedIn: true },
  { path: 'spbe', page: SpbeCataloguePage, signedIn: true },
  { path: 'admin/pengguna', page: AdminUsersPage, signedIn: true },
  { path: 'admin/email', page: MailOutboxPage, signedIn: true },
  { path: 'admin/audit', page: AuditLogPage, signedIn: true },
  { path: 'katalog', page: CataloguePage, signedIn: true },
  { path: 'konten-saya', page: MyContentPage, signedIn: true },
  { path: 'konten/baru/:type', page: EditorPage, signedIn: true },
  { path: 'konten/:id', page: ContentDetailPage, signedIn: true },
  { path: 'konten/:id/sunting', page: EditorPage, signedIn: true },
  { path: 'konten/:id/riwayat', page: HistoryPage, signedIn: true },
  { path: 'tinjauan', page: ReviewQueuePage, signedIn: true },
  { path: 'tinjauan/:revisionId', page: ReviewPage, signedIn: true },
  { path: 'konten/:id/kuis', page: QuizEditorPage, signedIn: true },
  { path: 'belajar/:itemId/kuis/:quizId', page: QuizPage, signedIn: true },
  { path: 'belajar/:itemId/:lessonKey', page: LessonPage, signedIn: true },
  { path: 'jalur', page: PathsPage, signedIn: true },
  { path: 'jalur/baru', page: PathEditorPage, signedIn: true },
  { path: 'jalur/:id', page: PathDetailPage, signedIn: true },
  { path: 'jalur/:id/sunting', page: PathEditorPage, signedIn: true },
  { path: 'sertifikat', page: CertificatesPage, signedIn: true },
  { path: 'pemberitahuan', page: NotificationsPage, signedIn: true },
  { path: 'pemberitahuan/pengaturan', page: NotificationPreferencesPage, signedIn: true },
  { path: 'sertifikat/:code', page: CertificatePage, signedIn: true },
  { path: 'koordinasi/peserta', page: RegionLearnersPage, signedIn: true },
  { path: 'koordinasi/pindah-wilayah', page: RegionMovesPage, signedIn: true },
  { path: 'koordinasi/mentoring', page: PairingBoardPage, signedIn: true },
  { path: 'koordinasi/mentoring/baru', page: CreatePairPage, signedIn: true },
  { path: 'mentoring', page: MentoringPage, signedIn: true },
  { path: 'mentoring/pasangan/:id', page: PairPage, signedIn: true },
  { path: 'spbe/wilayah/:regionCode', page: RegionSpbePage, signedIn: true },
  { path: 'spbe/wilayah/:regionCode/penilaian/:year', page: AssessmentEditorPage, signedIn: true },
  { path: 'spbe/wilayah/:regionCode/simulasi', page: SimulatorPage, signedIn: true },
  { path: 'spbe/wilayah/:regionCode/pemdi/:year', page: PemdiEvaluationPage, signedIn: true },
  { path: 'spbe/provinsi/:provinceCode', page: ProvinceOverviewPage, signedIn: true },
  { path: 'replikasi', page: ReplicationPage, signedIn: true },
  { path: 'replikasi/:adoptionId', page: AdoptionPage, signedIn: true },
  // Public: anyone holding a certificate's code can check it, signed in or not.
  { path: 'verify/:code', page: VerifyPage },
  { path: '*', page: NotFoundPage },
];

/**
 * Starts fetching the page (and its texts) of the address the app opens on, before the app knows who is
 * signed in: the page's chunk, its texts and `me` then load side by side, not one after the other (main.tsx).
 */
export function preloadRoute(pathname: string): void {
  const routes = ROUTES.map(({ path }) => (path === undefined ? { index: true } : { path }));
  const leaf = matchRoutes([{ path: '/', children: routes }], pathname)?.at(-1)?.route;
  const route = leaf ? ROUTES[routes.indexOf(leaf)] : undefined;
  void route?.page.preload().catch(() => undefined);
}

function element({ page: { Page }, signedIn }: PageRoute): ReactElement {
  return signedIn ? (
    <RequireAuth>
      <Page />
    </RequireAuth>
  ) : (
    <Page />
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        {ROUTES.map((route) =>
          route.path === undefined ? (
            <Route key="" index element={element(route)} />
          ) : (
            <Route key={route.path} path={route.path} element={element(route)} />
          ),
        )}
      </Route>
    </Routes>
  );
}
