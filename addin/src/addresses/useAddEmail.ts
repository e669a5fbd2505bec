import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import { isApiError } from '../api/errors';
import type { Person } from '../api/types';
import { fieldErrors, problemMessage } from '../shared/problems';
import { displayName } from '../shared/names';
import { normalizeEmail } from './email';

/** Where adding an address stands; messages are ready to show. */
export type AddEmailState =
  | { status: 'idle' }
  | { status: 'saving'; personId: string }
  | { status: 'invalid'; personId: string; message: string }
  | { status: 'conflict'; personId: string; message: string }
  | { status: 'error'; personId: string; message: string }
  | { status: 'added'; personId: string; message: string };

/**
 * Adds an address to a person: `PATCH /people/{id}` with the full address list and `If-Match`.
 * The address is checked here first (readable message, no request); a 400 shows the API's reason; a
 * 412 (the person changed elsewhere) offers a retry that reads the person again and adds it to that.
 */
export function useAddEmail(api: OutreachApi, onAdded: (person: Person, address: string) => void) {
  const { t } = useTranslation();
  const [state, setState] = useState<AddEmailState>({ status: 'idle' });
  const pending = useRef<{ person: Person; address: string } | null>(null);

  const save = useCallback(
    async (person: Person, address: string, reread: boolean): Promise<boolean> => {
      const name = displayName(person, t('person.unnamed'));
      pending.current = { person, address };
      setState({ status: 'saving', personId: person.id });
      try {
        const current = reread ? await api.getPerson(person.id) : person;
        const emails = current.emails.map((email) => email.address);
        const saved = emails.includes(address) ? current : await api.setEmails(current.id, [...emails, address], current.eTag);
        pending.current = null;
        setState({ status: 'added', personId: person.id, message: t('addEmail.added', { address, name }) });
        onAdded(saved, address);
        return true;
      } catch (error) {
        if (isApiError(error) && error.status === 412) {
          setState({ status: 'conflict', personId: person.id, message: t('addEmail.conflict', { name }) });
        } else if (isApiError(error) && error.status === 400) {
          const reason = fieldErrors(error).emails ?? problemMessage(error, t);
          setState({ status: 'invalid', personId: person.id, message: reason });
        } else {
          setState({ status: 'error', personId: person.id, message: t('addEmail.failed', { detail: problemMessage(error, t) }) });
        }
        return false;
      }
    },
    [api, onAdded, t],
  );

  /** Checks and adds `raw` to `person`; resolves true when it was added. */
  const add = useCallback(
    (person: Person, raw: string): Promise<boolean> => {
      const address = normalizeEmail(raw);
      if (address === null) {
        setState({ status: 'invalid', personId: person.id, message: t('addEmail.invalid') });
        return Promise.resolve(false);
      }
      if (person.emails.some((email) => email.address.toLowerCase() === address)) {
        const name = displayName(person, t('person.unnamed'));
        setState({ status: 'invalid', personId: person.id, message: t('addEmail.duplicate', { name, address }) });
        return Promise.resolve(false);
      }
      return save(person, address, false);
    },
    [save, t],
  );

  /** After a 412: reads the person again and adds the address to that version. */
  const retry = useCallback((): Promise<boolean> => {
    const last = pending.current;
    return last ? save(last.person, last.address, true) : Promise.resolve(false);
  }, [save]);

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, add, retry, reset };
}
