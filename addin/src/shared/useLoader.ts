import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../api/errors';

/** What a view shows: the last data it loaded (kept while it reloads or after a failure), and how the last load went. */
export type Loaded<T> =
  | { status: 'loading'; data: T | null; busy: boolean }
  | { status: 'ready'; data: T; busy: boolean }
  | { status: 'error'; data: T | null; busy: boolean; error: ApiError };

export interface Loader<T> {
  state: Loaded<T>;
  /** Loads again and says so (spinner while nothing is shown yet, `loading` status). */
  reload: () => void;
  /** Loads again quietly: a background refresh keeps what is on screen. */
  refresh: () => void;
  /** Runs an action (skip, dismiss, ...) and then loads again; `busy` meanwhile, errors shown like a failed load. */
  run: (action: () => Promise<unknown>) => Promise<void>;
  /** Loads more on top of what is shown (the next page of a list); shown as loading, guarded like a load. */
  extend: (more: (data: T) => Promise<T>) => void;
  /** Replaces the data locally (an edit the API already confirmed); an older response still in flight is dropped. */
  update: (change: (data: T) => T) => void;
}

/**
 * The pane's one way to load data: `load` runs when `key` changes and on reload, refresh or after an
 * action; only the newest call may change the state, so a slow old response never overwrites a newer one.
 */
export function useLoader<T>(load: () => Promise<T>, key: unknown[] = []): Loader<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading', data: null, busy: false });
  const generation = useRef(0);
  const latest = useRef(load);
  latest.current = load;
  const shown = useRef<T | null>(null);
  shown.current = state.data;

  const start = useCallback(async (action?: () => Promise<unknown>, instead?: () => Promise<T>) => {
    const current = ++generation.current;
    try {
      if (action) {
        await action();
      }
      const data = await (instead ?? latest.current)();
      if (current === generation.current) {
        setState({ status: 'ready', data, busy: false });
      }
    } catch (error) {
      if (current === generation.current) {
        setState((previous) => ({ status: 'error', data: previous.data, busy: false, error: asApiError(error) }));
      }
    }
  }, []);

  useEffect(() => {
    setState((previous) => ({ status: 'loading', data: previous.data, busy: false }));
    void start();
    // A new key (another person, another query) loads anew; leaving the view drops the answer in flight.
    return () => {
      generation.current++;
    };
  }, key);

  const reload = useCallback(() => {
    setState((previous) => ({ status: 'loading', data: previous.data, busy: false }));
    void start();
  }, [start]);

  const refresh = useCallback(() => void start(), [start]);

  const run = useCallback(
    (action: () => Promise<unknown>) => {
      setState((previous) => ({ ...previous, busy: true }));
      return start(action);
    },
    [start],
  );

  const extend = useCallback(
    (more: (data: T) => Promise<T>) => {
      const data = shown.current;
      if (data === null) {
        return;
      }
      setState((previous) => ({ status: 'loading', data: previous.data, busy: false }));
      void start(undefined, () => more(data));
    },
    [start],
  );

  const update = useCallback((change: (data: T) => T) => {
    generation.current++;
    setState((previous) => (previous.data === null ? previous : { status: 'ready', data: change(previous.data), busy: false }));
  }, []);

  return { state, reload, refresh, run, extend, update };
}
