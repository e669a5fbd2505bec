import { Body1, Button, Subtitle1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import type { Person } from '../api/types';
import { AssignAddress } from '../addresses/AssignAddress';
import { PersonCard } from '../card/PersonCard';
import type { MailActions } from '../mail/MailActions';
import { ErrorMessage } from '../shared/ErrorMessage';
import { useLoader } from '../shared/useLoader';
import { useSelection } from './selection';
import { Loading } from '../shared/Loading';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  start: { alignSelf: 'flex-start' },
});

type Lookup = { kind: 'none' } | { kind: 'found'; person: Person } | { kind: 'notFound'; address: string };

/** The first address (of the sender, or of the recipients in order) that belongs to someone. */
async function lookUp(api: OutreachApi, addresses: string[]): Promise<Lookup> {
  for (const address of addresses) {
    const person = await api.lookupPerson(address);
    if (person) {
      return { kind: 'found', person };
    }
  }
  return addresses.length > 0 ? { kind: 'notFound', address: addresses[0] ?? '' } : { kind: 'none' };
}

export interface PersonViewProps {
  api: OutreachApi;
  mail?: MailActions | undefined;
  /** Opens the People view (outside Outlook, or when no mail is selected). */
  onFindPeople?: (() => void) | undefined;
}

/** The person behind the selected mail (its sender, or while composing its recipients): the person card. */
export default function PersonView({ api, mail, onFindPeople }: PersonViewProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const cardHeadingId = useId();
  const selection = useSelection();
  const key = selection.kind === 'mail' ? selection.addresses.join('\n') : '';
  const { state, reload, run } = useLoader(() => lookUp(api, key ? key.split('\n') : []), [api, key]);
  const lookup = state.data;
  const findPeople = onFindPeople && (
    <Button className={styles.start} onClick={onFindPeople}>
      {t('personView.findPeople')}
    </Button>
  );

  let content: React.ReactNode;
  if (selection.kind === 'unavailable') {
    content = (
      <>
        <Body1 as="p">{t('personView.unavailable')}</Body1>
        {findPeople}
      </>
    );
  } else if (selection.kind === 'none') {
    content = (
      <section aria-label={t('personView.emptyTitle')}>
        <Subtitle1 as="h2">{t('personView.emptyTitle')}</Subtitle1>
        <Body1 as="p">{t('personView.emptyText')}</Body1>
        {findPeople}
      </section>
    );
  } else if (state.status === 'error') {
    content = <ErrorMessage error={state.error} onRetry={reload} />;
  } else if (state.status === 'loading' && !state.busy) {
    content = <Loading label={t('personView.loading')} />;
  } else if (lookup?.kind === 'found') {
    content = (
      <PersonCard
        api={api}
        person={lookup.person}
        headingId={cardHeadingId}
        mail={mail}
        composing={selection.composing}
        busy={state.busy}
        onAction={(action) => void run(() => action(api))}
        onReload={reload}
      />
    );
  } else if (lookup?.kind === 'notFound') {
    content = (
      <section aria-label={t('personView.notFoundTitle')}>
        <Subtitle1 as="h2">{t('personView.notFoundTitle')}</Subtitle1>
        <Body1 as="p">{t('personView.notFoundText', { address: lookup.address })}</Body1>
        <AssignAddress key={lookup.address} api={api} address={lookup.address} onAssigned={reload} />
      </section>
    );
  } else {
    content = <Body1 as="p">{selection.composing ? t('personView.noRecipients') : t('personView.noSender')}</Body1>;
  }

  return (
    <main className={styles.root} aria-labelledby={headingId}>
      <Title3 as="h1" id={headingId}>
        {t('personView.heading')}
      </Title3>
      {content}
    </main>
  );
}
