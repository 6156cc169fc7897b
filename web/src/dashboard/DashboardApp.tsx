/**
 * The volunteer dashboard, loaded lazily under /volunteer/*: sign-in, invitation and password
 * reset outside the shell; queues, letter work, audit log, volunteers and settings inside it.
 * Every text from letters, replies and people is rendered by React as text, never as HTML.
 */
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import './dashboard.css';
import { registerDashboardStrings } from './i18n';
import { Shell } from './Shell';

registerDashboardStrings();

const SignInPage = lazy(() => import('./pages/SignInPage'));
const InvitationPage = lazy(() => import('./pages/InvitationPage'));
const ResetPage = lazy(() => import('./pages/ResetPage'));
const HomePage = lazy(() => import('./pages/HomePage'));
const QueuePage = lazy(() => import('./pages/QueuePage'));
const LetterPage = lazy(() => import('./pages/LetterPage'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const UsersPage = lazy(() => import('./pages/UsersPage'));
const SettingsPage = lazy(() => import('./pages/SettingsPage'));
const ImportPage = lazy(() => import('./pages/ImportPage'));
const WorkbenchPage = lazy(() => import('./workbench/WorkbenchPage'));
const ModerationRoutes = lazy(() => import('./moderation/ModerationRoutes'));
const DispatchRoutes = lazy(() => import('./dispatch/DispatchRoutes'));

/** The volunteer side's entry. */
export default function DashboardApp() {
  return (
    <Suspense fallback={<p className="loading container">…</p>}>
      <Routes>
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="invitation" element={<InvitationPage />} />
        <Route path="reset" element={<ResetPage />} />
        <Route element={<Shell />}>
          <Route index element={<HomePage />} />
          <Route path="queues/:queueId" element={<QueuePage />} />
          <Route path="letters/:id" element={<LetterPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="settings" element={<SettingsPage />} />
          <Route path="directory/import" element={<ImportPage />} />
          <Route path="workbench/:kind/:id" element={<WorkbenchPage />} />
          <Route path="moderation/*" element={<ModerationRoutes />} />
          <Route path="dispatch/*" element={<DispatchRoutes />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
