/**
 * The router. Every page is its own chunk (React.lazy), so a visitor downloads only what the page
 * they open needs; the volunteer dashboard is one more chunk behind /volunteer.
 */
import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './Layout';

const HomePage = lazy(() => import('../pages/home/HomePage'));
const DirectoryPage = lazy(() => import('../pages/directory/DirectoryPage'));
const PrisonerPage = lazy(() => import('../pages/prisoner/PrisonerPage'));
const WritePage = lazy(() => import('../pages/write/WritePage'));
const ConfirmPage = lazy(() => import('../pages/confirm/ConfirmPage'));
const MyLettersPage = lazy(() => import('../pages/my-letters/MyLettersPage'));
const SignInPage = lazy(() => import('../pages/sign-in/SignInPage'));
const AboutPage = lazy(() => import('../pages/about/AboutPage'));
const DeliveryTimesPage = lazy(() => import('../pages/delivery-times/DeliveryTimesPage'));
const NotFoundPage = lazy(() => import('../pages/not-found/NotFoundPage'));
const DashboardApp = lazy(() => import('../dashboard/DashboardApp'));

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'prisoners', element: <DirectoryPage /> },
      { path: 'prisoners/:id', element: <PrisonerPage /> },
      { path: 'write/:prisonerId', element: <WritePage /> },
      { path: 'confirm', element: <ConfirmPage /> },
      { path: 'my-letters', element: <MyLettersPage /> },
      { path: 'my-letters/sign-in', element: <SignInPage /> },
      { path: 'about', element: <AboutPage /> },
      { path: 'about/delivery-times', element: <DeliveryTimesPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  { path: 'volunteer/*', element: <DashboardApp /> },
]);

/** The whole app. */
export function App() {
  return <RouterProvider router={router} />;
}
