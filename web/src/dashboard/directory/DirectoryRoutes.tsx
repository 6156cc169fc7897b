/**
 * The coordinator's directory screens under /volunteer/directory/*: prisoners (list, one person to
 * edit and transfer) and facilities (list, one to edit). The import screen has its own route.
 * Registered in the dashboard's router as one route.
 */
import { Route, Routes } from 'react-router';
import { NotFound } from '../Allowed';
import FacilitiesPage from './FacilitiesPage';
import FacilityPage from './FacilityPage';
import PrisonerPage from './PrisonerPage';
import PrisonersPage from './PrisonersPage';
import { registerDirectoryStrings } from './strings';
import './directory.css';

registerDirectoryStrings();

/** The directory's routes. */
export default function DirectoryRoutes() {
  return (
    <Routes>
      <Route path="prisoners" element={<PrisonersPage />} />
      <Route path="prisoners/:id" element={<PrisonerPage />} />
      <Route path="facilities" element={<FacilitiesPage />} />
      <Route path="facilities/:id" element={<FacilityPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
