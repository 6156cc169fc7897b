/**
 * The translator's workbench, in either direction: source sentences beside their translation,
 * paragraph by paragraph; drafts to take with a key; glossary; checks on every pause; "approve
 * and take next". It knows nothing of letters or replies: the page passes the texts, the drafts
 * and the calls (check, save, submit).
 *
 * Keys inside a row: Alt+Enter takes the best draft and moves on, Alt+2…4 the others,
 * Alt+↓ / Alt+↑ move between rows, Ctrl+S saves, Ctrl+Enter approves (asking first when checks
 * found errors or sentences are untranslated).
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checks, Draft, GlossaryTerm, Paragraph, Segment } from './api';
import { blockingCount, ChecksPanel } from './ChecksPanel';
import { GlossaryPanel } from './GlossaryPanel';
import { creditedEngine, draftChoices, draftsByRow, glossaryMarks, rowMarks, rowsByParagraph } from './rows';
import { SegmentRow } from './SegmentRow';
import { WB } from './strings';
import { useChecksAndSaves } from './useChecksAndSaves';
import { WorkbenchBar } from './WorkbenchBar';

/** What the workbench needs; the same for letters (→ Russian) and replies (Russian →). */
export interface WorkbenchProps {
  source: { text: string; paragraphs: Paragraph[]; segments: Segment[] };
  sourceLanguage: string;
  targetLanguage: string;
  initialRows: string[];
  drafts: Draft[];
  glossary: GlossaryTerm[];
  editable: boolean;
  spelling: 'ready' | 'loading' | 'unavailable' | 'not_applicable';
  check: (rows: string[], signal: AbortSignal) => Promise<Checks>;
  save: (rows: string[], engine?: string) => Promise<void>;
  /** Approve: the page submits and takes the next item. */
  submit: (rows: string[], engine?: string) => Promise<void>;
  /** Extra buttons beside "approve" (give back, open the letter page). */
  actions?: ReactNode;
}

/** The workbench. */
export function Workbench(props: WorkbenchProps) {
  const { t } = useTranslation(WB);
  const { source, editable } = props;
  const [rows, setRows] = useState(props.initialRows);
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      props.initialRows.findIndex((r) => !r.trim()),
    ),
  );
  const [accepted] = useState(() => new Map<number, string>());
  const [confirm, setConfirm] = useState<{ blocking: number; empty: number }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const areas = useRef<(HTMLTextAreaElement | null)[]>([]);
  const drafts = useMemo(() => draftsByRow(props.drafts), [props.drafts]);
  const groups = useMemo(() => rowsByParagraph(source.segments), [source.segments]);
  const background = useChecksAndSaves({
    rows,
    initial: props.initialRows,
    enabled: editable,
    check: props.check,
    save: (current) => props.save(current, creditedEngine(accepted)),
  });

  // Keyboard first: the cursor starts in the first sentence still to translate.
  useEffect(() => {
    // Only when the workbench opens; later focus follows the translator.
    if (editable) areas.current[active]?.focus({ preventScroll: true });
  }, []);

  const focusRow = (row: number) => {
    const index = Math.min(Math.max(row, 0), source.segments.length - 1);
    setActive(index);
    areas.current[index]?.focus();
  };
  const setRow = (row: number, value: string) =>
    setRows((current) => current.map((r, i) => (i === row ? value : r)));
  const accept = (row: number, choice: number) => {
    const chosen = draftChoices(drafts.get(row))[choice];
    if (!chosen) return;
    setRow(row, chosen.text);
    accepted.set(row, chosen.draft.engine);
    focusRow(row + 1 < source.segments.length ? row + 1 : row);
  };
  const fillEmpty = () => {
    setRows((current) =>
      current.map((r, i) => {
        const best = draftChoices(drafts.get(i))[0];
        if (r.trim() || !best) return r;
        accepted.set(i, best.draft.engine);
        return best.text;
      }),
    );
  };

  const approve = async (force: boolean) => {
    setError(undefined);
    setBusy(true);
    try {
      const checks = await background.checkNow(rows);
      const empty = source.segments.filter((s) => /\p{L}/u.test(s.text) && !rows[s.index]?.trim()).length;
      const blocking = blockingCount(checks);
      if (!force && (blocking > 0 || empty > 0)) {
        setConfirm({ blocking, empty });
        return;
      }
      setConfirm(undefined);
      await props.submit(rows, creditedEngine(accepted));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (row: number) => (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
    if (event.altKey && event.key === 'Enter') accept(row, 0);
    else if (event.altKey && digit) accept(row, Number(digit) - 1);
    else if (event.altKey && event.key === 'ArrowDown') focusRow(row + 1);
    else if (event.altKey && event.key === 'ArrowUp') focusRow(row - 1);
    else if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') void approve(Boolean(confirm));
    else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's')
      void background.saveNow(rows);
    else return;
    event.preventDefault();
  };

  const replaceWord = (row: number, start: number, end: number, replacement: string) => {
    const text = rows[row] ?? '';
    const lead = text.length - text.trimStart().length;
    setRow(row, text.slice(0, lead + start) + replacement + text.slice(lead + end));
    focusRow(row);
  };

  const issuesOf = (row: number) =>
    background.checked && background.checked.rows[row] === rows[row]
      ? background.checked.checks.issues.filter((i) => i.row === row)
      : [];

  return (
    <div className="wb">
      <div className="wb-main">
        <div className="wb-heads" aria-hidden="true">
          <span />
          <span>{t('columns.source', { language: props.sourceLanguage })}</span>
          <span>{t('columns.target', { language: props.targetLanguage })}</span>
        </div>
        {groups.map((group, p) => (
          <section key={p} className="wb-paragraph" aria-label={t('paragraph', { n: p + 1 })}>
            {group.map((segment) => (
              <SegmentRow
                key={segment.index}
                ref={(el) => {
                  areas.current[segment.index] = el;
                }}
                segment={segment}
                value={rows[segment.index] ?? ''}
                sourceLanguage={props.sourceLanguage}
                targetLanguage={props.targetLanguage}
                sourceMarks={glossaryMarks(props.glossary, segment)}
                targetMarks={rowMarks(background.checked, segment.index, rows[segment.index] ?? '')}
                choices={draftChoices(drafts.get(segment.index))}
                issues={issuesOf(segment.index)}
                active={active === segment.index}
                editable={editable}
                onChange={(value) => setRow(segment.index, value)}
                onFocus={() => setActive(segment.index)}
                onAccept={(choice) => accept(segment.index, choice)}
                onKeyDown={onKeyDown(segment.index)}
              />
            ))}
          </section>
        ))}
      </div>
      <aside className="wb-side" aria-label={t('side')}>
        <ChecksPanel
          checked={background.checked}
          checking={background.checking}
          spelling={props.spelling}
          onGoTo={focusRow}
          onReplace={replaceWord}
        />
        <GlossaryPanel
          glossary={props.glossary}
          sourceLanguage={props.sourceLanguage}
          targetLanguage={props.targetLanguage}
        />
      </aside>
      {editable && (
        <WorkbenchBar
          busy={busy}
          confirm={confirm}
          error={error ?? background.saveError}
          savedAt={background.savedAt}
          hasDrafts={props.drafts.length > 0}
          onFill={fillEmpty}
          onSave={() => void background.saveNow(rows)}
          onApprove={(force) => void approve(force)}
          onCancel={() => setConfirm(undefined)}
          actions={props.actions}
        />
      )}
    </div>
  );
}
