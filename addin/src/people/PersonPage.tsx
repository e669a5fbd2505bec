import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachApi } from '../api/client';
import { PersonById } from '../card/PersonById';
import type { MailActions } from '../mail/MailActions';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  back: { alignSelf: 'flex-start' },
  heading: { ...typographyStyles.title3, margin: 0 },
});

export interface PersonPageProps {
  api: OutreachApi;
  personId: string;
  mail?: MailActions | undefined;
  onBack: () => void;
}

/** A person's page, opened from People: the person card, and back to the list as it was. */
export default function PersonPage({ api, personId, mail, onBack }: PersonPageProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  return (
    <main className={styles.root} aria-labelledby={headingId}>
      <Button className={styles.back} onClick={onBack}>
        {t('people.back')}
      </Button>
      <h1 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        {t('people.personHeading')}
      </h1>
      <PersonById api={api} personId={personId} mail={mail} />
    </main>
  );
}
