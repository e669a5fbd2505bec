import { Caption1, FluentProvider, Tab, TabList, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { type ReactNode, useEffect, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { OutreachApi, SettingsApi } from './api/client';
import type { MailActions } from './mail/MailActions';
import { PersonView } from './person/PersonView';
import { RepliesView } from './replies/RepliesView';
import { SettingsView } from './settings/SettingsView';
import { TodayView } from './today/TodayView';
import { watchTheme } from './office/theme';

export interface AppProps {
  api: OutreachApi;
  i18n: I18n;
  /** The theme at start; the pane then follows Office's theme changes and the system's colour scheme. */
  dark: boolean;
  /** Set in the browser preview: the development user. */
  previewUser?: string | undefined;
  /** The Settings view's API; without it there is no Settings tab. */
  settingsApi?: SettingsApi | undefined;
  /** Wraps the views (e.g. the sign-in gate inside Office). */
  gate?: ((children: ReactNode) => ReactNode) | undefined;
  /** Write and open mail: Outlook's forms, or the sandbox in the preview. */
  mail?: MailActions | undefined;
}

function PreviewBanner({ user }: { user: string }) {
  const { t } = useTranslation();
  // Inside a landmark, so screen-reader users find every part of the pane by region.
  return (
    <header>
      <Caption1 style={{ padding: '4px 12px', display: 'block' }}>{t('app.preview', { user })}</Caption1>
    </header>
  );
}

export type View = 'today' | 'person' | 'replies' | 'settings' | (string & {});

function Navigation({ api, mail, settingsApi }: { api: OutreachApi; mail?: MailActions | undefined; settingsApi?: SettingsApi | undefined }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('today');
  return (
    <>
      <nav aria-label={t('nav.label')}>
        <TabList
          aria-label={t('nav.label')}
          selectedValue={view}
          onTabSelect={(_, data) => setView(String(data.value))}
          style={{ padding: '0 8px' }}
        >
          <Tab value="today">{t('nav.today')}</Tab>
          <Tab value="person">{t('nav.person')}</Tab>
          <Tab value="replies">{t('nav.replies')}</Tab>
          {settingsApi && <Tab value="settings">{t('settings.tab')}</Tab>}
        </TabList>
      </nav>
      {view === 'today' && <TodayView api={api} mail={mail} />}
      {view === 'person' && <PersonView api={api} />}
      {view === 'replies' && <RepliesView api={api} mail={mail} />}
      {view === 'settings' && settingsApi && <SettingsView api={settingsApi} />}
    </>
  );
}

/** Light or dark, following Office's theme and the system's colour scheme while the pane is open. */
function useDark(initial: boolean): boolean {
  const [dark, setDark] = useState(initial);
  useEffect(() => setDark(initial), [initial]);
  useEffect(() => watchTheme(setDark), []);
  return dark;
}

/** The page around the pane takes the theme's background too: no white margin around a dark pane. */
function usePageBackground(dark: boolean): void {
  useEffect(() => {
    const theme = dark ? webDarkTheme : webLightTheme;
    const root = document.documentElement;
    root.style.colorScheme = dark ? 'dark' : 'light';
    root.style.backgroundColor = theme.colorNeutralBackground1;
    document.body.style.backgroundColor = theme.colorNeutralBackground1;
    document.body.style.color = theme.colorNeutralForeground1;
    document.body.style.margin = '0';
  }, [dark]);
}

/** The pane: Fluent's light or dark theme, the active language, tabs for Today, Person, Replies and Settings. */
export function App({ api, i18n, dark: initialDark, previewUser, settingsApi, gate, mail }: AppProps) {
  const dark = useDark(initialDark);
  usePageBackground(dark);
  const views = <Navigation api={api} mail={mail} settingsApi={settingsApi} />;
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider
        theme={dark ? webDarkTheme : webLightTheme}
        lang={i18n.language}
        data-theme={dark ? 'dark' : 'light'}
        style={{ minHeight: '100vh' }}
      >
        {previewUser && <PreviewBanner user={previewUser} />}
        {gate ? gate(views) : views}
      </FluentProvider>
    </I18nextProvider>
  );
}
