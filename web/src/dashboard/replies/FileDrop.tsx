/**
 * Choosing the pages of a reply: drop scans or a PDF on the box or pick them with the file input
 * (several at once); each page shows as a thumbnail that can be moved up or down (the order is the
 * page order) or removed. Files the server would refuse are named with the reason at once.
 */
import { useEffect, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseFiles, fileSize, moveItem, type FileChoice, MAX_REPLY_FILES } from './logic';
import { RP } from './strings';

/** Thumbnail addresses for the image files, revoked when the list changes. */
function usePreviews(files: readonly File[]): (string | null)[] {
  const urls = useMemo(
    () => files.map((f) => (f.type.startsWith('image/') ? URL.createObjectURL(f) : null)),
    [files],
  );
  useEffect(() => () => urls.forEach((u) => u && URL.revokeObjectURL(u)), [urls]);
  return urls;
}

/** The file chooser. */
export function FileDrop({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const { t, i18n } = useTranslation(RP);
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<FileChoice['refused']>([]);
  const previews = usePreviews(files);

  const add = (added: File[]) => {
    const choice = chooseFiles(files, added);
    setRefused(choice.refused);
    if (choice.accepted.length) onChange([...files, ...choice.accepted]);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    add([...event.dataTransfer.files]);
  };

  return (
    <div className="rp-files">
      <div
        className={`rp-drop${over ? ' rp-drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p className="rp-drop-title">{t('intake.drop')}</p>
        <button type="button" className="button button-small" onClick={() => input.current?.click()}>
          {t('intake.choose')}
        </button>
        <input
          ref={input}
          id={id}
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('intake.fileInput')}
          type="file"
          multiple
          accept="image/jpeg,image/png,application/pdf,.jpg,.jpeg,.png,.pdf"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            add([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <p className="dash-meta rp-hint" id={`${id}-hint`}>
          {t('intake.filesHint', { count: MAX_REPLY_FILES })}
        </p>
      </div>
      {refused.length > 0 && (
        <div className="notice notice-error rp-refused" role="alert">
          <ul>
            {refused.map((r, i) => (
              <li key={`${r.name}-${i}`}>{t(`intake.refused.${r.reason}`, { name: r.name })}</li>
            ))}
          </ul>
        </div>
      )}
      {files.length > 0 && (
        <ol className="rp-pages" aria-label={t('intake.pages')}>
          {files.map((file, i) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}-${i}`}>
              {previews[i] ? (
                <img src={previews[i]} alt="" className="rp-thumb" />
              ) : (
                <span className="rp-thumb rp-thumb-pdf" aria-hidden="true">
                  PDF
                </span>
              )}
              <span className="rp-page-name">
                <strong>{t('scan.page', { page: i + 1, count: files.length })}</strong>
                <span className="dash-meta">
                  {file.name} · {fileSize(file.size, i18n.language)}
                </span>
              </span>
              <span className="rp-page-actions">
                <button
                  type="button"
                  className="button button-small button-quiet"
                  disabled={i === 0}
                  onClick={() => onChange(moveItem(files, i, -1))}
                  aria-label={t('intake.moveUp', { name: file.name })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  disabled={i === files.length - 1}
                  onClick={() => onChange(moveItem(files, i, 1))}
                  aria-label={t('intake.moveDown', { name: file.name })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button-small button-quiet"
                  onClick={() => onChange(files.filter((_, j) => j !== i))}
                  aria-label={t('intake.remove', { name: file.name })}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
