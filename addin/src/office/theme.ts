/** Whether a CSS hex colour (#rgb or #rrggbb) is dark (relative luminance below one half). */
export function isDarkColor(color: string | null | undefined): boolean {
  if (!color) {
    return false;
  }
  let hex = color.trim().replace(/^#/, '');
  if (hex.length === 3) {
    hex = [...hex].map((c) => c + c).join('');
  }
  if (!/^[0-9a-f]{6}$/i.test(hex)) {
    return false;
  }
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Dark when an Office theme says so (its `isDarkTheme`, else its body background); null without one. */
export function officeThemeIsDark(theme: Partial<Office.OfficeTheme> | null | undefined): boolean | null {
  if (typeof theme?.isDarkTheme === 'boolean') {
    return theme.isDarkTheme;
  }
  return theme?.bodyBackgroundColor ? isDarkColor(theme.bodyBackgroundColor) : null;
}

/** Dark when Office's body background is dark; outside Office, the system's preference. */
export function prefersDark(): boolean {
  const office = officeThemeIsDark(officeContext()?.officeTheme);
  if (office !== null) {
    return office;
  }
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)').matches
    : false;
}

const darkQuery = '(prefers-color-scheme: dark)';

/**
 * Follows theme changes while the pane is open: Outlook's `OfficeThemeChanged` (Mailbox 1.14, task panes
 * only) where supported, and the system's `prefers-color-scheme` (the browser preview, or an Office
 * without a theme). Calls `onChange` with the new darkness; returns a function that stops following.
 */
export function watchTheme(onChange: (dark: boolean) => void): () => void {
  const stops: (() => void)[] = [];

  const media = typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(darkQuery) : null;
  if (media) {
    const listener = () => onChange(prefersDark());
    if (typeof media.addEventListener === 'function') {
      media.addEventListener('change', listener);
      stops.push(() => media.removeEventListener('change', listener));
    } else if (typeof media.addListener === 'function') {
      // Older WebViews (Safari < 14) only know the deprecated MediaQueryList.addListener.
      media.addListener(listener);
      stops.push(() => media.removeListener(listener));
    }
  }

  const context = officeContext();
  try {
    const mailbox = context?.mailbox;
    if (mailbox && context.requirements?.isSetSupported('Mailbox', '1.14') === true) {
      const eventType = Office.EventType.OfficeThemeChanged;
      let active = true;
      mailbox.addHandlerAsync(eventType, (event: Partial<Office.OfficeThemeChangedEventArgs> | undefined) => {
        if (active) {
          onChange(officeThemeIsDark(event?.officeTheme) ?? prefersDark());
        }
      });
      stops.push(() => {
        active = false;
        try {
          mailbox.removeHandlerAsync(eventType);
        } catch {
          // The pane is closing; nothing to undo.
        }
      });
    }
  } catch {
    // An Office client without the event (or a partial mock): the theme read at start stays.
  }

  return () => stops.forEach((stop) => stop());
}

function officeContext(): Office.Context | undefined {
  try {
    return typeof Office !== 'undefined' ? Office.context : undefined;
  } catch {
    return undefined;
  }
}
