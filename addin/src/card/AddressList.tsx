import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import type { Person } from '../api/types';
import { AddEmailAction } from '../addresses/AddEmailAction';
import { SaveProblem } from './NotesField';
import { useCardSave } from './useCardSave';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  address: { overflowWrap: 'anywhere' },
  bounced: { color: tokens.colorPaletteRedForeground1 },
});

export interface AddressListProps {
  api: OutreachApi;
  person: Person;
  eTag: { current: string };
  saved: (person: Person) => void;
  onReload: () => void;
  disabled?: boolean | undefined;
}

/** The person's addresses (a bounced one says so), each removable, and Add email. */
export function AddressList({ api, person, eTag, saved, onReload, disabled }: AddressListProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const { busy, problem, save } = useCardSave(saved);
  const remove = (address: string) =>
    save(() =>
      api.setEmails(
        person.id,
        person.emails.map((email) => email.address).filter((other) => other !== address),
        eTag.current,
      ),
    );

  return (
    <section className={styles.root} aria-label={t('card.addresses')}>
      {person.emails.length > 0 ? (
        <ul className={styles.list}>
          {person.emails.map((email) => (
            <li key={email.address} className={styles.item}>
              <Text className={styles.address}>{email.address}</Text>
              {email.bounced && <Caption1 className={styles.bounced}>{t('card.bounced')}</Caption1>}
              <Button
                size="small"
                appearance="subtle"
                disabled={busy || disabled}
                aria-label={t('card.removeAddress', { address: email.address })}
                onClick={() => void remove(email.address)}
              >
                {t('card.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : (
        <Caption1>{t('person.noEmail')}</Caption1>
      )}
      <AddEmailAction api={api} person={{ ...person, eTag: eTag.current }} disabled={disabled} onAdded={(next) => saved(next)} />
      <SaveProblem problem={problem} onReload={onReload} />
    </section>
  );
}
