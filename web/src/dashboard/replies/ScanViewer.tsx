/**
 * The scan of a reply, page by page: an image zoomed in steps inside its own scroll box (so the
 * text beside it stays put), a page switcher, and for a PDF a download link (a PDF is never
 * rendered under our origin: the server sends it as an attachment). The page and zoom live in
 * `useScanControls`, so the screen can drive them from the keyboard while the cursor is in a text.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyFile } from './api';
import { repliesApi } from './api';
import { fileSize, stepZoom } from './logic';
import { RP } from './strings';

/** Page and zoom of a scan viewer. */
export interface ScanControls {
  page: number;
  zoom: number;
  count: number;
  goTo: (page: number) => void;
  next: () => void;
  previous: () => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
}

/** Page and zoom state for `count` pages. */
export function useScanControls(count: number): ScanControls {
  const [page, setPage] = useState(0);
  const [zoom, setZoom] = useState(1);
  const goTo = (target: number) => setPage(Math.min(Math.max(target, 0), Math.max(count - 1, 0)));
  return {
    page: Math.min(page, Math.max(count - 1, 0)),
    zoom,
    count,
    goTo,
    next: () => goTo(page + 1),
    previous: () => goTo(page - 1),
    zoomIn: () => setZoom((z) => stepZoom(z, 1)),
    zoomOut: () => setZoom((z) => stepZoom(z, -1)),
    fit: () => setZoom(1),
  };
}

/** The viewer. */
export function ScanViewer({
  replyId,
  files,
  controls,
}: {
  replyId: string;
  files: ReplyFile[];
  controls: ScanControls;
}) {
  const { t, i18n } = useTranslation(RP);
  const file = files[controls.page];
  if (!file) return <p className="dash-meta">{t('scan.none')}</p>;
  const url = repliesApi.fileUrl(replyId, file.id);
  const label = t('scan.page', { page: controls.page + 1, count: files.length });
  const isPdf = file.mimeType === 'application/pdf';
  return (
    <section className="rp-scan" aria-label={t('scan.title')}>
      <div className="rp-scan-bar">
        {files.length > 1 && (
          <div className="rp-scan-pages" role="group" aria-label={t('scan.pages')}>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={controls.previous}
              disabled={controls.page === 0}
              aria-label={t('scan.previous')}
            >
              ‹
            </button>
            <span aria-live="polite">{label}</span>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={controls.next}
              disabled={controls.page >= files.length - 1}
              aria-label={t('scan.next')}
            >
              ›
            </button>
          </div>
        )}
        {!isPdf && (
          <div className="rp-scan-zoom" role="group" aria-label={t('scan.zoom')}>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={controls.zoomOut}
              aria-label={t('scan.zoomOut')}
            >
              −
            </button>
            <button type="button" className="button button-small button-quiet" onClick={controls.fit}>
              {Math.round(controls.zoom * 100)} %<span className="visually-hidden"> {t('scan.fit')}</span>
            </button>
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={controls.zoomIn}
              aria-label={t('scan.zoomIn')}
            >
              +
            </button>
          </div>
        )}
        <a
          className="rp-scan-open"
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          download={isPdf || undefined}
        >
          {isPdf ? t('scan.downloadPdf') : t('scan.openFull')}
        </a>
      </div>
      {isPdf ? (
        <div className="rp-scan-pdf">
          <p>{t('scan.pdf', { size: fileSize(file.bytes, i18n.language) })}</p>
          <a className="button button-small" href={url} download>
            {t('scan.downloadPdf')}
          </a>
        </div>
      ) : (
        <div className="rp-scan-frame" role="group" tabIndex={0} aria-label={label}>
          <img
            key={file.id}
            src={url}
            alt={label}
            style={{ width: `${controls.zoom * 100}%` }}
            draggable={false}
          />
        </div>
      )}
    </section>
  );
}
