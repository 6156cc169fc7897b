/** The editor's live helpers: risk hints from the screening API and the detected language. */
import { ApiError } from '../../api/client';
import { detectLanguage, screenText } from '../../api/writer';
import type { ScreeningFlag } from '../../api/types';
import { useDebounced } from './useDebounced';

/** Flags for the text (debounced); null when the screening API is not available. */
export function useRiskHints(text: string, language: string, prisonerId: string, uiLanguage: string) {
  return useDebounced(
    { text, language, prisonerId, uiLanguage },
    700,
    async (input, signal): Promise<ScreeningFlag[] | null | undefined> => {
      if (input.text.trim().length < 10) return undefined;
      try {
        return (await screenText({ ...input, language: input.language || 'other' }, signal)).flags;
      } catch (error) {
        // Not deployed yet, or down: the letter is still screened after confirmation.
        if (error instanceof ApiError && [0, 404, 405, 500, 502, 503].includes(error.status)) return null;
        throw error;
      }
    },
  );
}

/** The most likely language of the text (debounced), or undefined while unsure. */
export function useDetectedLanguage(text: string) {
  const sample = text.slice(0, 1500);
  return useDebounced(sample, 900, async (value, signal) => {
    if (value.trim().length < 20) return undefined;
    const { guesses } = await detectLanguage(value, signal);
    const best = guesses[0];
    return best && best.confidence >= 0.5 ? best.language : undefined;
  });
}
