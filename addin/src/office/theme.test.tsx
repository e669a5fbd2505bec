import { act, render } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { createI18n } from '../i18n';
import { fakeApi, today } from '../test/fixtures';
import { officeThemeIsDark, prefersDark, watchTheme } from './theme';

type Listener = () => void;

/** A `matchMedia` whose dark preference tests can flip, firing `change` like a browser does. */
function installMatchMedia(initiallyDark: boolean) {
  const listeners = new Set<Listener>();
  const query = {
    matches: initiallyDark,
    media: '(prefers-color-scheme: dark)',
    addEventListener: (_type: string, listener: Listener) => listeners.add(listener),
    removeEventListener: (_type: string, listener: Listener) => listeners.delete(listener),
  };
  window.matchMedia = vi.fn(() => query as unknown as MediaQueryList);
  return {
    listeners,
    setDark: (dark: boolean) => {
      query.matches = dark;
      listeners.forEach((listener) => listener());
    },
  };
}

function installOfficeTheme(options: { mailbox114: boolean; bodyBackgroundColor: string; addHandlerThrows?: boolean }) {
  const handlers = new Map<string, (event: unknown) => void>();
  const removed: string[] = [];
  const mock = new OfficeMockObject({
    host: 'outlook',
    EventType: { OfficeThemeChanged: 'officeThemeChanged' },
    context: {
      officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor, bodyForegroundColor: '#000000' },
      requirements: {
        isSetSupported: (name: string, version: string) => options.mailbox114 && name === 'Mailbox' && version === '1.14',
      },
      mailbox: {
        addHandlerAsync: (type: string, handler: (event: unknown) => void) => {
          if (options.addHandlerThrows) {
            throw new Error('Not supported');
          }
          handlers.set(type, handler);
        },
        removeHandlerAsync: (type: string) => {
          removed.push(type);
        },
      },
    },
  });
  (globalThis as unknown as { Office: unknown }).Office = mock;
  return { handlers, removed };
}

async function renderPane(dark: boolean) {
  const api = fakeApi();
  api.getToday.mockResolvedValue(today());
  const i18n = await createI18n('en');
  let result: ReturnType<typeof render> | undefined;
  await act(async () => {
    result = render(<App api={api} i18n={i18n} dark={dark} />);
  });
  return result!;
}

const themeOf = (container: HTMLElement) => container.querySelector('[data-theme]')?.getAttribute('data-theme');

/** jsdom reports inline colours as rgb(); Fluent's tokens are hex. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe('Theme', () => {
  const originalMatchMedia = window.matchMedia;

  afterEach(() => {
    delete (globalThis as unknown as { Office?: unknown }).Office;
    window.matchMedia = originalMatchMedia;
  });

  it('follows the system colour scheme outside Office, page background included', async () => {
    const media = installMatchMedia(false);
    const { container } = await renderPane(prefersDark());
    expect(themeOf(container)).toBe('light');
    expect(document.body.style.backgroundColor).toBe(rgb(webLightTheme.colorNeutralBackground1));

    await act(async () => media.setDark(true));
    expect(themeOf(container)).toBe('dark');
    expect(document.body.style.backgroundColor).toBe(rgb(webDarkTheme.colorNeutralBackground1));
    expect(document.documentElement.style.colorScheme).toBe('dark');

    await act(async () => media.setDark(false));
    expect(themeOf(container)).toBe('light');
  });

  it('starts dark when the system prefers dark', async () => {
    installMatchMedia(true);
    const { container } = await renderPane(prefersDark());
    expect(themeOf(container)).toBe('dark');
  });

  it("follows Outlook's OfficeThemeChanged where Mailbox 1.14 is supported", async () => {
    installMatchMedia(false);
    const office = installOfficeTheme({ mailbox114: true, bodyBackgroundColor: '#ffffff' });
    const { container, unmount } = await renderPane(prefersDark());
    expect(themeOf(container)).toBe('light');

    const handler = office.handlers.get('officeThemeChanged');
    expect(handler).toBeDefined();
    await act(async () => handler?.({ type: 'officeThemeChanged', officeTheme: { bodyBackgroundColor: '#1f1f1f' } }));
    expect(themeOf(container)).toBe('dark');
    await act(async () => handler?.({ type: 'officeThemeChanged', officeTheme: { isDarkTheme: false, bodyBackgroundColor: '#ffffff' } }));
    expect(themeOf(container)).toBe('light');

    unmount();
    expect(office.removed).toEqual(['officeThemeChanged']);
  });

  it('keeps to the start theme where the event is unsupported or refused', () => {
    const unsupported = installOfficeTheme({ mailbox114: false, bodyBackgroundColor: '#262626' });
    expect(prefersDark()).toBe(true);
    const stop = watchTheme(() => undefined);
    expect(unsupported.handlers.size).toBe(0);
    stop();

    installOfficeTheme({ mailbox114: true, bodyBackgroundColor: '#262626', addHandlerThrows: true });
    expect(() => watchTheme(() => undefined)()).not.toThrow();
  });

  it("reads Office's isDarkTheme before its background colour", () => {
    expect(officeThemeIsDark({ isDarkTheme: true, bodyBackgroundColor: '#ffffff' })).toBe(true);
    expect(officeThemeIsDark({ bodyBackgroundColor: '#202020' })).toBe(true);
    expect(officeThemeIsDark({ bodyBackgroundColor: '#fafafa' })).toBe(false);
    expect(officeThemeIsDark(undefined)).toBeNull();
  });
});
