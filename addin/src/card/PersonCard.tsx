import { Body1, Button, Caption1, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import type { CareerChange, Person } from '../api/types';
import { createFormatters } from '../i18n/format';
import type { MailActions } from '../mail/MailActions';
import { displayName, roleOrUnknown, roleText } from '../shared/names';
import { AddressList } from './AddressList';
import { CardActions, localToday } from './CardActions';
import { NotesField } from './NotesField';
import { historyLines } from './history';
import { questionPrompts } from './prompts';
import { TagsField } from './TagsField';
import { usePersonEdits } from './usePersonEdits';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: 'flex', flexDirection: 'column' },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  link: {
    alignSelf: 'flex-start',
    color: tokens.colorBrandForegroundLink,
    ':hover': { color: tokens.colorBrandForegroundLinkHover },
    ':focus-visible': { outlineWidth: tokens.strokeWidthThick, outlineStyle: 'solid', outlineColor: tokens.colorStrokeFocus2 },
  },
  prompt: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between' },
});

export interface PersonCardProps {
  api: OutreachApi;
  person: Person;
  headingId: string;
  /** The plan's today (`YYYY-MM-DD`); the browser's date where no plan is at hand. */
  today?: string | undefined;
  mail?: MailActions | undefined;
  /** While composing in Outlook each question prompt offers Insert. */
  composing?: boolean | undefined;
  /** Replies opens the card to note what the person told. */
  focusNotes?: boolean | undefined;
  busy?: boolean | undefined;
  /** Runs a queue action (skip, snooze, written elsewhere, reopen); the view around the card loads what changed. */
  onAction: (action: (api: OutreachApi) => Promise<unknown>) => void;
  /** The person changed elsewhere (412): load them again. */
  onReload: () => void;
  /** An address or tag was saved (Today loads again: an address may put the person in the queue). */
  onSaved?: ((person: Person) => void) | undefined;
  /** The preview sent a mail to them. */
  onSent?: (() => void) | undefined;
}

/**
 * The one person card (Today, the person page, the Person view, Replies): profile, career and mail
 * history, notes, tags, addresses, questions to ask, and the actions that fit the person's state.
 */
export function PersonCard(props: PersonCardProps) {
  const { api, person: loaded, headingId, today, mail, composing, focusNotes, busy, onAction, onReload, onSaved, onSent } = props;
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const f = createFormatters(i18n.language);
  const { person, eTag, saved } = usePersonEdits(loaded, onSaved);
  const [insertError, setInsertError] = useState(false);
  const name = displayName(person, t('person.unnamed'));
  const role = roleText(person.position, person.company, t);
  const prompts = questionPrompts(person, new Date(), t);
  const careerLine = (change: CareerChange) =>
    t('person.careerChange', {
      date: f.date(change.seenOn),
      from: roleOrUnknown({ position: change.fromPosition, company: change.fromCompany }, t),
      to: roleOrUnknown({ position: change.toPosition, company: change.toCompany }, t),
    });

  return (
    <article className={styles.card} aria-labelledby={headingId} data-testid="person-card">
      <header className={styles.header}>
        <Subtitle2 as="h2" id={headingId} className={styles.heading}>
          {name}
        </Subtitle2>
        {role && <Caption1>{role}</Caption1>}
      </header>
      {person.connectedOn && <Body1>{t('person.connectedSince', { date: f.monthYear(person.connectedOn) })}</Body1>}
      {historyLines(person, t, f).map((line, index) => (
        // Two roles at one employer can read alike.
        <Body1 key={index}>{line}</Body1>
      ))}
      {person.careerHistory.length > 0 && (
        <section aria-label={t('person.careerHeading')}>
          <Text weight="semibold">{t('person.careerHeading')}</Text>
          <ul className={styles.list}>
            {person.careerHistory.map((change, index) => (
              <li key={`${change.seenOn}-${index}`}>{careerLine(change)}</li>
            ))}
          </ul>
        </section>
      )}
      {prompts.length > 0 && (
        <section aria-label={t('personView.prompts')}>
          <Text weight="semibold">{t('personView.prompts')}</Text>
          <ul className={styles.list}>
            {prompts.map((prompt) => (
              <li key={prompt.id} className={composing ? styles.prompt : undefined}>
                <Body1>{prompt.text}</Body1>
                {composing && (
                  <Button
                    size="small"
                    aria-label={t('personView.insertLabel', { text: prompt.text })}
                    onClick={() => {
                      setInsertError(false);
                      // Only while composing in Outlook: the Office glue loads then.
                      import('../person/selection')
                        .then((selection) => selection.insertIntoBody(prompt.text))
                        .catch(() => setInsertError(true));
                    }}
                  >
                    {t('personView.insert')}
                  </Button>
                )}
              </li>
            ))}
          </ul>
          {insertError && <Caption1 role="alert">{t('personView.insertFailed')}</Caption1>}
        </section>
      )}
      <CardActions
        key={person.id}
        person={person}
        name={name}
        today={today ?? localToday()}
        busy={busy ?? false}
        mail={mail}
        onAction={onAction}
        onSent={onSent}
        // Fire and forget: a lost start only leaves this mail out of the review's time per mail.
        onWriteStarted={() => void Promise.resolve().then(() => api.writeStarted(person.id)).catch(() => undefined)}
      />
      <NotesField api={api} person={loaded} eTag={eTag} focus={focusNotes} onReload={onReload} />
      <TagsField api={api} person={person} eTag={eTag} saved={saved} onReload={onReload} />
      <AddressList api={api} person={person} eTag={eTag} saved={saved} onReload={onReload} disabled={busy} />
      {person.profileUrl && (
        <a className={styles.link} href={person.profileUrl} target="_blank" rel="noreferrer">
          {t('person.profile')}
        </a>
      )}
    </article>
  );
}
