import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import type { Person } from '../api/types';
import { problemMessage } from '../shared/problems';

export type CardSaveProblem = { kind: 'conflict' } | { kind: 'error'; message: string } | null;

/** One PATCH from the card (tags, an address removed): busy meanwhile, a 412 told apart from other failures. */
export function useCardSave(saved: (person: Person) => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<CardSaveProblem>(null);

  const save = useCallback(
    async (patch: () => Promise<Person>): Promise<boolean> => {
      setBusy(true);
      setProblem(null);
      try {
        saved(await patch());
        return true;
      } catch (error) {
        setProblem(isApiError(error) && error.status === 412 ? { kind: 'conflict' } : { kind: 'error', message: problemMessage(error, t) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [saved, t],
  );

  return { busy, problem, save };
}
