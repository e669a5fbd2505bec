import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutreachApi } from '../api/client';
import { type ApiError, asApiError } from '../api/errors';
import type { Today } from '../api/types';

export type TodayState =
  | { status: 'loading'; today: Today | null }
  | { status: 'ready'; today: Today; busy: boolean }
  | { status: 'error'; today: Today | null; error: ApiError };

/** Loads `GET /api/today` and runs queue actions, reloading afterwards so the next person shows. */
export function useToday(api: OutreachApi): {
  state: TodayState;
  reload: () => void;
  /** Reloads without showing a busy state (background refresh). */
  refresh: () => void;
  act: (action: (api: OutreachApi) => Promise<unknown>) => void;
} {
  const [state, setState] = useState<TodayState>({ status: 'loading', today: null });
  const generation = useRef(0);

  const load = useCallback(
    async (before?: (api: OutreachApi) => Promise<unknown>) => {
      const current = ++generation.current;
      try {
        if (before) {
          await before(api);
        }
        const today = await api.getToday();
        if (current === generation.current) {
          setState({ status: 'ready', today, busy: false });
        }
      } catch (error) {
        if (current === generation.current) {
          setState((previous) => ({ status: 'error', today: previous.today, error: asApiError(error) }));
        }
      }
    },
    [api],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const reload = useCallback(() => {
    setState((previous) => ({ status: 'loading', today: previous.today }));
    void load();
  }, [load]);

  const refresh = useCallback(() => {
    void load();
  }, [load]);

  const act = useCallback(
    (action: (api: OutreachApi) => Promise<unknown>) => {
      setState((previous) => (previous.status === 'ready' ? { ...previous, busy: true } : previous));
      void load(action);
    },
    [load],
  );

  return { state, reload, refresh, act };
}
