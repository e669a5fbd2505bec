import { Caption1, FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { OutreachApi } from './api/client';
import { TodayView } from './today/TodayView';

export interface AppProps {
  api: OutreachApi;
  i18n: I18n;
  dark: boolean;
  /** Set in the browser preview: the development user. */
  previewUser?: string | undefined;
}

function PreviewBanner({ user }: { user: string }) {
  const { t } = useTranslation();
  return <Caption1 style={{ padding: '4px 12px', display: 'block' }}>{t('app.preview', { user })}</Caption1>;
}

/** The pane: Fluent's light or dark theme, the active language, the Today view. */
export function App({ api, i18n, dark, previewUser }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={i18n.language} style={{ minHeight: '100vh' }}>
        {previewUser && <PreviewBanner user={previewUser} />}
        <TodayView api={api} />
      </FluentProvider>
    </I18nextProvider>
  );
}
