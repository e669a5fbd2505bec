import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutreachApi } from '../api/client';
import { ApiError } from '../api/errors';
import type { Person } from '../api/types';

export const AUTOSAVE_DELAY_MS = 800;

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'conflict' | 'error';

/**
 * Notes saved ~800 ms after the last keystroke, with If-Match; a 412 stops saving until the person is
 * reloaded. `eTag` is shared with the card's other edits (tags, addresses), so each sends the newest.
 */
export function useNotesAutosave(api: OutreachApi, person: Person, sharedETag?: { current: string }) {
  const [notes, setNotesState] = useState(person.notes);
  const [state, setState] = useState<SaveState>('idle');
  const ownETag = useRef(person.eTag);
  const eTag = sharedETag ?? ownETag;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(person.notes);
  const conflict = useRef(false);
  const shownId = useRef(person.id);

  // Another person, or a newer version of this one (a background refresh): show its notes, unless
  // the user's own typing is still to be saved; that wins, and a real conflict then answers 412.
  useEffect(() => {
    if (shownId.current === person.id && (timer.current !== null || latest.current === person.notes)) {
      return;
    }
    shownId.current = person.id;
    eTag.current = person.eTag;
    latest.current = person.notes;
    conflict.current = false;
    setNotesState(person.notes);
    setState('idle');
  }, [person.id, person.eTag, person.notes, eTag]);

  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
      }
    },
    [],
  );

  const save = useCallback(async () => {
    timer.current = null;
    setState('saving');
    try {
      const saved = await api.saveNotes(person.id, latest.current, eTag.current);
      eTag.current = saved.eTag;
      setState((current) => (current === 'saving' ? 'saved' : current));
    } catch (error) {
      conflict.current = error instanceof ApiError && error.status === 412;
      setState(conflict.current ? 'conflict' : 'error');
    }
  }, [api, person.id, eTag]);

  const setNotes = useCallback(
    (value: string) => {
      latest.current = value;
      setNotesState(value);
      if (conflict.current) {
        return;
      }
      setState('pending');
      if (timer.current) {
        clearTimeout(timer.current);
      }
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    },
    [save],
  );

  return { notes, setNotes, state, retry: save };
}
