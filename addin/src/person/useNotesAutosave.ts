import { useCallback, useEffect, useRef, useState } from 'react';
import type { OutreachApi } from '../api/client';
import { ApiError } from '../api/errors';
import type { Person } from '../api/types';

export const AUTOSAVE_DELAY_MS = 800;

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'conflict' | 'error';

/** Notes saved ~800 ms after the last keystroke, with If-Match; a 412 stops saving until the person is reloaded. */
export function useNotesAutosave(api: OutreachApi, person: Person) {
  const [notes, setNotesState] = useState(person.notes);
  const [state, setState] = useState<SaveState>('idle');
  const eTag = useRef(person.eTag);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(person.notes);
  const conflict = useRef(false);

  useEffect(() => {
    eTag.current = person.eTag;
    latest.current = person.notes;
    conflict.current = false;
    setNotesState(person.notes);
    setState('idle');
  }, [person]);

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
  }, [api, person.id]);

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
