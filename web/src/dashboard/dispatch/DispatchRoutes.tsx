/**
 * The dispatcher console under /volunteer/dispatch/*: the queue (index), an e-letter's card
 * (letters/:id) and a print batch (batches/:id). Registered in the dashboard's router as one route.
 */
import { Route, Routes } from 'react-router';
import BatchPage from './BatchPage';
import CardPage from './CardPage';
import DispatchPage from './DispatchPage';
import { registerDispatchStrings } from './strings';
import './dispatch.css';
import './card.css';
import './tracking.css';

registerDispatchStrings();

/** The console's routes. */
export default function DispatchRoutes() {
  return (
    <Routes>
      <Route index element={<DispatchPage />} />
      <Route path="letters/:id" element={<CardPage />} />
      <Route path="batches/:id" element={<BatchPage />} />
    </Routes>
  );
}
