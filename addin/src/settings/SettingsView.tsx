import { Title3 } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { SettingsApi } from '../api/client';
import { ImportSection } from './ImportSection';
import { LanguageSection } from './LanguageSection';
import { MailboxSection } from './MailboxSection';
import { PlanSection } from './PlanSection';
import { PrivacySection } from './PrivacySection';

/** Settings: import, plan, mailbox, language, export and erase. */
export function SettingsView({ api }: { api: SettingsApi }) {
  const { t } = useTranslation();
  return (
    <main style={{ padding: 12, display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Title3 as="h1">{t('settings.heading')}</Title3>
      <ImportSection api={api} />
      <PlanSection api={api} />
      <MailboxSection api={api} />
      <LanguageSection />
      <PrivacySection api={api} />
    </main>
  );
}
