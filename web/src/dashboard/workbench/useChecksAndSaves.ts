/**
 * The workbench's background work: checks run on every pause in typing (the latest answer wins),
 * and the rows are saved as a draft a few seconds after the last change, so a closed tab or a
 * lease that ran out never costs more than a sentence.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Checks } from './api';
import type { CheckedRows } from './rows';

/** Pause in typing before the checks run. */
export const CHECK_DELAY_MS = 600;
/** Pause in typing before the draft is saved. */
export const SAVE_DELAY_MS = 4000;

/** What the hook needs from the page. */
export interface Background {
  rows: string[];
  /** The rows the page opened with (already saved). */
  initial: string[];
  enabled: boolean;
  check: (rows: string[], signal: AbortSignal) => Promise<Checks>;
  save: (rows: string[]) => Promise<void>;
}

/** Runs checks and autosaves; returns the last checks and a way to check or save right now. */
export function useChecksAndSaves({ rows, initial, enabled, check, save }: Background) {
  const [checked, setChecked] = useState<CheckedRows>();
  const [checking, setChecking] = useState(false);
  const [savedAt, setSavedAt] = useState<Date>();
  const [saveError, setSaveError] = useState<unknown>();
  const dirty = useRef(false);
  const controller = useRef<AbortController>(undefined);
  // The page passes new functions on every render; the timers must not restart because of that
  // (they would never fire while typing, or fire in a loop), so they read the latest through refs.
  const calls = useRef({ check, save });
  calls.current = { check, save };

  const checkNow = useCallback(async (current: string[]): Promise<Checks | undefined> => {
    controller.current?.abort();
    const mine = new AbortController();
    controller.current = mine;
    setChecking(true);
    try {
      const checks = await calls.current.check(current, mine.signal);
      if (!mine.signal.aborted) setChecked({ rows: current, checks });
      return checks;
    } catch (error) {
      if ((error as Error).name !== 'AbortError') throw error;
      return undefined;
    } finally {
      if (!mine.signal.aborted) setChecking(false);
    }
  }, []);

  const saveNow = useCallback(async (current: string[]) => {
    if (!current.some((r) => r.trim())) return;
    try {
      await calls.current.save(current);
      dirty.current = false;
      setSavedAt(new Date());
      setSaveError(undefined);
    } catch (error) {
      setSaveError(error);
    }
  }, []);

  useEffect(() => {
    if (!enabled || !rows.some((r) => r.trim())) return;
    const timer = setTimeout(() => void checkNow(rows).catch(() => undefined), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [rows, enabled, checkNow]);

  useEffect(() => {
    if (!enabled || rows === initial) return;
    dirty.current = true;
    const timer = setTimeout(() => void saveNow(rows), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [rows, initial, enabled, saveNow]);

  useEffect(() => () => controller.current?.abort(), []);

  return { checked, checking, savedAt, saveError, checkNow, saveNow, isDirty: () => dirty.current };
}
