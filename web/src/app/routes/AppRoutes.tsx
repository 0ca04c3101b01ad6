import { lazy, type ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../../components/RequireAuth';
import { AppShell } from '../AppShell';

const HomePage = lazy(() => import('./HomePage'));
const NotificationsPage = lazy(() => import('../../features/notifications/routes/NotificationsPage'));
const NotificationPreferencesPage = lazy(() => import('../../features/notifications/routes/NotificationPreferencesPage'));
const LoginPage = lazy(() => import('../../features/auth/routes/LoginPage'));
const RegisterPage = lazy(() => import('../../features/auth/routes/RegisterPage'));
const ForgotPasswordPage = lazy(() => import('../../features/auth/routes/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('../../features/auth/routes/ResetPasswordPage'));
const VerifyEmailPage = lazy(() => import('../../features/auth/routes/VerifyEmailPage'));
const ProfilePage = lazy(() => import('../../features/users/profile/routes/ProfilePage'));
const SpbeCataloguePage = lazy(() => import('../../features/spbe/routes/SpbeCataloguePage'));
const AdminUsersPage = lazy(() => import('../../features/users/admin/routes/AdminUsersPage'));
const MailOutboxPage = lazy(() => import('../../features/mail/routes/MailOutboxPage'));
const AuditLogPage = lazy(() => import('../../features/audit/routes/AuditLogPage'));
const CataloguePage = lazy(() => import('../../features/content/routes/CataloguePage'));
const ContentDetailPage = lazy(() => import('../../features/content/routes/ContentDetailPage'));
const MyContentPage = lazy(() => import('../../features/content/routes/MyContentPage'));
const EditorPage = lazy(() => import('../../features/content/routes/EditorPage'));
const HistoryPage = lazy(() => import('../../features/content/routes/HistoryPage'));
const ReviewQueuePage = lazy(() => import('../../features/content/review/routes/ReviewQueuePage'));
const ReviewPage = lazy(() => import('../../features/content/review/routes/ReviewPage'));
const LessonPage = lazy(() => import('../../features/learning/routes/LessonPage'));
const QuizPage = lazy(() => import('../../features/learning/routes/QuizPage'));
const QuizEditorPage = lazy(() => import('../../features/learning/routes/QuizEditorPage'));
const PathsPage = lazy(() => import('../../features/learning/paths/routes/PathsPage'));
const PathDetailPage = lazy(() => import('../../features/learning/paths/routes/PathDetailPage'));
const PathEditorPage = lazy(() => import('../../features/learning/paths/routes/PathEditorPage'));
const CertificatesPage = lazy(() => import('../../features/learning/certificates/routes/CertificatesPage'));
const CertificatePage = lazy(() => import('../../features/learning/certificates/routes/CertificatePage'));
const VerifyPage = lazy(() => import('../../features/learning/certificates/routes/VerifyPage'));
const RegionLearnersPage = lazy(() => import('../../features/learning/coordination/routes/RegionLearnersPage'));
const RegionMovesPage = lazy(() => import('../../features/membership/routes/RegionMovesPage'));
const MentoringPage = lazy(() => import('../../features/mentoring/routes/MentoringPage'));
const PairPage = lazy(() => import('../../features/mentoring/routes/PairPage'));
const PairingBoardPage = lazy(() => import('../../features/mentoring/routes/PairingBoardPage'));
const CreatePairPage = lazy(() => import('../../features/mentoring/routes/CreatePairPage'));
const RegionSpbePage = lazy(() => import('./RegionSpbePage'));
const AssessmentEditorPage = lazy(() => import('../../features/assessments/routes/AssessmentEditorPage'));
const SimulatorPage = lazy(() => import('../../features/assessments/routes/SimulatorPage'));
const PemdiEvaluationPage = lazy(() => import('../../features/assessments/routes/PemdiEvaluationPage'));
const ReplicationPage = lazy(() => import('../../features/replication/routes/ReplicationPage'));
const AdoptionPage = lazy(() => import('../../features/replication/routes/AdoptionPage'));
const ProvinceOverviewPage = lazy(() => import('../../features/dashboards/routes/ProvinceOverviewPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

function signedIn(page: ReactElement) {
  return <RequireAuth>{page}</RequireAuth>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<HomePage />} />
        <Route path="masuk" element={<LoginPage />} />
        <Route path="daftar" element={<RegisterPage />} />
        <Route path="lupa-kata-sandi" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="verify-email" element={<VerifyEmailPage />} />
        <Route
          path="profil"
          element={
            <RequireAuth>
              <ProfilePage />
            </RequireAuth>
          }
        />
        <Route
          path="spbe"
          element={
            <RequireAuth>
              <SpbeCataloguePage />
            </RequireAuth>
          }
        />
        <Route
          path="admin/pengguna"
          element={
            <RequireAuth>
              <AdminUsersPage />
            </RequireAuth>
          }
        />
        <Route path="admin/email" element={signedIn(<MailOutboxPage />)} />
        <Route path="admin/audit" element={signedIn(<AuditLogPage />)} />
        <Route path="katalog" element={signedIn(<CataloguePage />)} />
        <Route path="konten-saya" element={signedIn(<MyContentPage />)} />
        <Route path="konten/baru/:type" element={signedIn(<EditorPage />)} />
        <Route path="konten/:id" element={signedIn(<ContentDetailPage />)} />
        <Route path="konten/:id/sunting" element={signedIn(<EditorPage />)} />
        <Route path="konten/:id/riwayat" element={signedIn(<HistoryPage />)} />
        <Route path="tinjauan" element={signedIn(<ReviewQueuePage />)} />
        <Route path="tinjauan/:revisionId" element={signedIn(<ReviewPage />)} />
        <Route path="konten/:id/kuis" element={signedIn(<QuizEditorPage />)} />
        <Route path="belajar/:itemId/kuis/:quizId" element={signedIn(<QuizPage />)} />
        <Route path="belajar/:itemId/:lessonKey" element={signedIn(<LessonPage />)} />
        <Route path="jalur" element={signedIn(<PathsPage />)} />
        <Route path="jalur/baru" element={signedIn(<PathEditorPage />)} />
        <Route path="jalur/:id" element={signedIn(<PathDetailPage />)} />
        <Route path="jalur/:id/sunting" element={signedIn(<PathEditorPage />)} />
        <Route path="sertifikat" element={signedIn(<CertificatesPage />)} />
        <Route path="pemberitahuan" element={signedIn(<NotificationsPage />)} />
        <Route path="pemberitahuan/pengaturan" element={signedIn(<NotificationPreferencesPage />)} />
        <Route path="sertifikat/:code" element={signedIn(<CertificatePage />)} />
        <Route path="koordinasi/peserta" element={signedIn(<RegionLearnersPage />)} />
        <Route path="koordinasi/pindah-wilayah" element={signedIn(<RegionMovesPage />)} />
        <Route path="koordinasi/mentoring" element={signedIn(<PairingBoardPage />)} />
        <Route path="koordinasi/mentoring/baru" element={signedIn(<CreatePairPage />)} />
        <Route path="mentoring" element={signedIn(<MentoringPage />)} />
        <Route path="mentoring/pasangan/:id" element={signedIn(<PairPage />)} />
        <Route path="spbe/wilayah/:regionCode" element={signedIn(<RegionSpbePage />)} />
        <Route path="spbe/wilayah/:regionCode/penilaian/:year" element={signedIn(<AssessmentEditorPage />)} />
        <Route path="spbe/wilayah/:regionCode/simulasi" element={signedIn(<SimulatorPage />)} />
        <Route path="spbe/wilayah/:regionCode/pemdi/:year" element={signedIn(<PemdiEvaluationPage />)} />
        <Route path="spbe/provinsi/:provinceCode" element={signedIn(<ProvinceOverviewPage />)} />
        <Route path="replikasi" element={signedIn(<ReplicationPage />)} />
        <Route path="replikasi/:adoptionId" element={signedIn(<AdoptionPage />)} />
        {/* Public: anyone holding a certificate's code can check it, signed in or not. */}
        <Route path="verify/:code" element={<VerifyPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
