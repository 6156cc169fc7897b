/**
 * The reply screens under /volunteer/replies/*: the start page (index), intake (new), transcription
 * (:id/transcribe) and check & forward (:id/check), each only for the permissions that open it
 * (nav.ts). The translation of a reply is done in the workbench. Registered as one route.
 */
import { Route, Routes } from 'react-router';
import { Allowed, NotFound } from '../Allowed';
import { SCREEN_PERMISSIONS as P } from '../nav';
import CheckPage from './CheckPage';
import IntakePage from './IntakePage';
import RepliesHome from './RepliesHome';
import { registerReplyStrings } from './strings';
import TranscribePage from './TranscribePage';
import './replies.css';

registerReplyStrings();

/** The reply routes. */
export default function RepliesRoutes() {
  return (
    <Routes>
      <Route index element={<RepliesHome />} />
      <Route
        path="new"
        element={
          <Allowed any={P.replyIntake}>
            <IntakePage />
          </Allowed>
        }
      />
      <Route path=":id/transcribe" element={<TranscribePage />} />
      <Route
        path=":id/check"
        element={
          <Allowed any={P.replyCheck}>
            <CheckPage />
          </Allowed>
        }
      />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
