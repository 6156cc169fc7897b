/** Sets the document title for a page ("Write a letter · Letterbridge"). */
import { useEffect } from 'react';

/** Sets `document.title` while the page is shown. */
export function useTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Letterbridge` : 'Letterbridge';
  }, [title]);
}
