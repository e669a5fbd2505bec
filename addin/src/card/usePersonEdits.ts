import { useCallback, useEffect, useRef, useState } from 'react';
import type { Person } from '../api/types';

/**
 * The card's copy of the person while it is edited: the addresses and tags as last saved, and one
 * ETag every edit (notes, tags, addresses) sends and renews, so two edits never trip over each other.
 */
export function usePersonEdits(person: Person, onSaved?: (person: Person) => void) {
  const [current, setCurrent] = useState(person);
  const eTag = useRef(person.eTag);

  useEffect(() => {
    setCurrent((previous) => ({ ...person, notes: previous.id === person.id ? previous.notes : person.notes }));
    eTag.current = person.eTag;
    // A refresh brings the same person as a new object: only a new version counts.
  }, [person.id, person.eTag]);

  /** The person as the API saved it (notes stay as typed: the notes field owns them). */
  const latest = useRef(onSaved);
  latest.current = onSaved;
  const saved = useCallback((next: Person) => {
    eTag.current = next.eTag;
    setCurrent((previous) => ({ ...next, notes: previous.notes }));
    latest.current?.(next);
  }, []);

  return { person: current, eTag, saved };
}
