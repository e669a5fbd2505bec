import { Caption1, FluentProvider, Tab, TabList, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { OutreachApi, SettingsApi } from './api/client';
import { SettingsView } from './settings/SettingsView';
import { TodayView } from './today/TodayView';

export interface AppProps {
  api: OutreachApi;
  i18n: I18n;
  dark: boolean;
  /** Set in the browser preview: the development user. */
  previewUser?: string | undefined;
  /** The Settings view's API; without it there is no Settings tab. */
  settingsApi?: SettingsApi | undefined;
  /** Wraps the views (e.g. the sign-in gate inside Office). */
  gate?: ((children: ReactNode) => ReactNode) | undefined;
}

function Views({ api, settingsApi }: { api: OutreachApi; settingsApi?: SettingsApi | undefined }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'today' | 'settings'>('today');
  if (!settingsApi) {
    return <TodayView api={api} />;
  }
  return (
    <>
      <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value === 'settings' ? 'settings' : 'today')}>
        <Tab value="today">{t('settings.todayTab')}</Tab>
        {/* Settings tab */}
        <Tab value="settings">{t('settings.tab')}</Tab>
      </TabList>
      {view === 'settings' ? <SettingsView api={settingsApi} /> : <TodayView api={api} />}
    </>
  );
}

function PreviewBanner({ user }: { user: string }) {
  const { t } = useTranslation();
  return <Caption1 style={{ padding: '4px 12px', display: 'block' }}>{t('app.preview', { user })}</Caption1>;
}

/** The pane: Fluent's light or dark theme, the active language, the Today view. */
export function App({ api, i18n, dark, previewUser, settingsApi, gate }: AppProps) {
  const views = <Views api={api} settingsApi={settingsApi} />;
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={i18n.language} style={{ minHeight: '100vh' }}>
        {previewUser && <PreviewBanner user={previewUser} />}
        {gate ? gate(views) : views}
      </FluentProvider>
    </I18nextProvider>
  );
}
