import { Body1, Caption1, Card, CardHeader, Link, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CareerChange, Person } from '../api/types';
import { createFormatters } from '../i18n/format';
import { questionPrompts } from '../person/prompts';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  notes: { whiteSpace: 'pre-wrap' },
});

/** "First Last", or `fallback` when the person (or a reply's sender) has no name. */
export function displayName(person: Pick<Person, 'firstName' | 'lastName'>, fallback: string): string {
  const name = [person.firstName, person.lastName].filter((part) => part && part.trim()).join(' ');
  return name || fallback;
}

/** "Position at Company", or whichever of the two is known; null when neither is. */
export function roleText(position: string | null, company: string | null, t: TFunction): string | null {
  if (position && company) {
    return t('person.positionAtCompany', { position, company });
  }
  return position || company || null;
}

function role(position: string | null, company: string | null, t: TFunction): string {
  return roleText(position, company, t) ?? t('person.unknownRole');
}

/** The next person: name, position, company, connected since, last mail, career changes, notes, questions to ask. */
export function PersonCard({ person, headingId }: { person: Person; headingId: string }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const f = createFormatters(i18n.language);
  const name = displayName(person, t('person.unnamed'));
  const hasRole = Boolean(person.position || person.company);
  const history = person.mailHistory;
  const prompts = questionPrompts(person, new Date(), t);
  const careerLine = (change: CareerChange) =>
    t('person.careerChange', {
      date: f.date(change.seenOn),
      from: role(change.fromPosition, change.fromCompany, t),
      to: role(change.toPosition, change.toCompany, t),
    });

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        header={
          <Subtitle2 as="h2" id={headingId}>
            {name}
          </Subtitle2>
        }
        description={hasRole ? <Caption1>{role(person.position, person.company, t)}</Caption1> : undefined}
      />
      <div className={styles.body}>
        {person.connectedOn && <Body1>{t('person.connectedSince', { date: f.monthYear(person.connectedOn) })}</Body1>}
        <Body1>
          {history.last
            ? t('person.lastMail', {
                date: f.date(history.last),
                sent: f.number(history.sent),
                received: f.number(history.received),
              })
            : t('person.noMail')}
        </Body1>
        {person.emails.length > 0 ? (
          <Caption1>{person.emails.map((email) => email.address).join(', ')}</Caption1>
        ) : (
          <Caption1>{t('person.noEmail')}</Caption1>
        )}
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
        {person.notes.trim() && (
          <section aria-label={t('person.notesHeading')}>
            <Text weight="semibold">{t('person.notesHeading')}</Text>
            <Body1 as="p" className={styles.notes}>
              {person.notes}
            </Body1>
          </section>
        )}
        {prompts.length > 0 && (
          <section aria-label={t('personView.prompts')}>
            <Text weight="semibold">{t('personView.prompts')}</Text>
            <ul className={styles.list}>
              {prompts.map((prompt) => (
                <li key={prompt.id}>{prompt.text}</li>
              ))}
            </ul>
          </section>
        )}
        {person.profileUrl && (
          <Link href={person.profileUrl} target="_blank" rel="noreferrer">
            {t('person.profile')}
          </Link>
        )}
      </div>
    </Card>
  );
}
