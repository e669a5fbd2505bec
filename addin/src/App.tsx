import { Caption1, FluentProvider, Tab, TabList, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { OutreachApi } from './api/client';
import type { MailActions } from './mail/MailActions';
import { PersonView } from './person/PersonView';
import { RepliesView } from './replies/RepliesView';
import { TodayView } from './today/TodayView';

export interface AppProps {
  api: OutreachApi;
  i18n: I18n;
  dark: boolean;
  /** Set in the browser preview: the development user. */
  previewUser?: string | undefined;
  /** Write and open mail: Outlook's forms, or the sandbox in the preview. */
  mail?: MailActions | undefined;
}

function PreviewBanner({ user }: { user: string }) {
  const { t } = useTranslation();
  return <Caption1 style={{ padding: '4px 12px', display: 'block' }}>{t('app.preview', { user })}</Caption1>;
}

export type View = 'today' | 'person' | 'replies' | (string & {});

function Navigation({ api, mail }: { api: OutreachApi; mail?: MailActions | undefined }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('today');
  return (
    <>
      <TabList
        aria-label={t('nav.label')}
        selectedValue={view}
        onTabSelect={(_, data) => setView(String(data.value))}
        style={{ padding: '0 8px' }}
      >
        <Tab value="today">{t('nav.today')}</Tab>
        <Tab value="person">{t('nav.person')}</Tab>
        <Tab value="replies">{t('nav.replies')}</Tab>
        {/* Settings tab */}
      </TabList>
      {view === 'today' && <TodayView api={api} mail={mail} />}
      {view === 'person' && <PersonView api={api} />}
      {view === 'replies' && <RepliesView api={api} mail={mail} />}
      {/* Settings view */}
    </>
  );
}

/** The pane: Fluent's light or dark theme, the active language, tabs for Today, Person and Replies. */
export function App({ api, i18n, dark, previewUser, mail }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={i18n.language} style={{ minHeight: '100vh' }}>
        {previewUser && <PreviewBanner user={previewUser} />}
        <Navigation api={api} mail={mail} />
      </FluentProvider>
    </I18nextProvider>
  );
}
