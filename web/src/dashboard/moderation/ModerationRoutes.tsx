/**
 * The moderation screens under /volunteer/moderation/*: the fast-approval list (index) and one
 * letter (letters/:id). Registered in the dashboard's router as one route.
 */
import { Route, Routes } from 'react-router';
import FastApprovePage from './FastApprovePage';
import ModerationPage from './ModerationPage';
import { registerModerationStrings } from './strings';
import './moderation.css';

registerModerationStrings();

/** The moderation routes. */
export default function ModerationRoutes() {
  return (
    <Routes>
      <Route index element={<FastApprovePage />} />
      <Route path="letters/:id" element={<ModerationPage />} />
    </Routes>
  );
}
