import { Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { SettingsApi } from '../api/client';
import { ImportSection } from './ImportSection';
import { LanguageSection } from './LanguageSection';
import { MailboxSection } from './MailboxSection';
import { PlanSection } from './PlanSection';
import { PrivacySection } from './PrivacySection';
import { useLazyTranslation } from '../i18n/lazy';
import { settingsStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalM },
});

/** Settings: import, plan, mailbox, language, export and erase. */
export default function SettingsView({ api }: { api: SettingsApi }) {
  const { t } = useLazyTranslation(settingsStrings);
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{t('settings.heading')}</Title3>
      <ImportSection api={api} />
      <PlanSection api={api} />
      <MailboxSection api={api} />
      <LanguageSection />
      <PrivacySection api={api} />
    </main>
  );
}
