/**
 * The volunteer dashboard, loaded lazily under /volunteer/*: sign-in, invitation and password
 * reset outside the shell; inside it the queues, letter work, the workbench, moderation, the
 * dispatcher console, the reply screens, delivery statistics, imports, audit log, volunteers and
 * settings — each only for the permissions that open it (nav.ts), and a not-found page for any
 * other address. Every text from letters, replies and people is rendered by React as text,
 * never as HTML.
 */
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Allowed, NotFound } from './Allowed';
import './dashboard.css';
import { registerDeliveryStrings } from './delivery/strings';
import { registerDashboardStrings } from './i18n';
import { SCREEN_PERMISSIONS as P } from './nav';
import { Shell } from './Shell';

registerDashboardStrings();
// The header's "Lost letters" link reads from the delivery catalogs, in every UI language.
registerDeliveryStrings();

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
const DirectoryRoutes = lazy(() => import('./directory/DirectoryRoutes'));
const WorkbenchHome = lazy(() => import('./workbench/WorkbenchHome'));
const WorkbenchPage = lazy(() => import('./workbench/WorkbenchPage'));
const ModerationRoutes = lazy(() => import('./moderation/ModerationRoutes'));
const DispatchRoutes = lazy(() => import('./dispatch/DispatchRoutes'));
const RepliesRoutes = lazy(() => import('./replies/RepliesRoutes'));
const LostLettersPage = lazy(() => import('./delivery/LostLettersPage'));
const StatsPage = lazy(() => import('./stats/StatsPage'));

const guard = (any: readonly string[], screen: React.ReactNode) => <Allowed any={any}>{screen}</Allowed>;

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
          <Route path="letters/:id" element={guard(P.letter, <LetterPage />)} />
          <Route path="audit" element={guard(P.audit, <AuditPage />)} />
          <Route path="users" element={guard(P.users, <UsersPage />)} />
          <Route path="settings" element={guard(P.settings, <SettingsPage />)} />
          <Route path="directory/import" element={guard(P.import, <ImportPage />)} />
          <Route path="directory/*" element={guard(P.directory, <DirectoryRoutes />)} />
          <Route path="workbench" element={guard(P.workbench, <WorkbenchHome />)} />
          <Route path="workbench/:kind/:id" element={guard(P.workbench, <WorkbenchPage />)} />
          <Route path="moderation/*" element={guard(P.moderation, <ModerationRoutes />)} />
          <Route path="dispatch/*" element={guard(P.dispatch, <DispatchRoutes />)} />
          <Route path="replies/*" element={guard(P.replies, <RepliesRoutes />)} />
          <Route path="lost" element={guard(P.delivery, <LostLettersPage />)} />
          <Route path="stats" element={guard(P.stats, <StatsPage />)} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
