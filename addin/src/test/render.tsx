import { act, render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';

/** Renders a part of the pane inside what the pane wraps it in: its strings and the Fluent theme. */
export async function renderInPane(ui: ReactElement, i18n: I18n): Promise<void> {
  await act(async () => {
    render(
      <I18nextProvider i18n={i18n}>
        <FluentProvider theme={webLightTheme}>{ui}</FluentProvider>
      </I18nextProvider>,
    );
  });
}
