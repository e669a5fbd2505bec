import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import type { MailActions } from '../mail/MailActions';
import { ErrorMessage } from '../shared/ErrorMessage';
import { useLoader } from '../shared/useLoader';
import { PersonCard } from './PersonCard';
import { Loading } from '../shared/Loading';

export interface PersonByIdProps {
  api: OutreachApi;
  personId: string;
  mail?: MailActions | undefined;
  focusNotes?: boolean | undefined;
}

/** The person card for a person id (the person page, a reply): loaded, reloaded after each action. */
export function PersonById({ api, personId, mail, focusNotes }: PersonByIdProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { state, reload, run } = useLoader(() => api.getPerson(personId), [api, personId]);
  if (state.status === 'error') {
    return <ErrorMessage error={state.error} onRetry={reload} />;
  }
  if (!state.data) {
    return <Loading label={t('people.loadingPerson')} />;
  }
  return (
    <PersonCard
      api={api}
      person={state.data}
      headingId={headingId}
      mail={mail}
      focusNotes={focusNotes}
      busy={state.busy}
      onAction={(action) => void run(() => action(api))}
      onReload={reload}
    />
  );
}
