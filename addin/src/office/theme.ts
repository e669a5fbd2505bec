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

/** Dark when Office's body background is dark; outside Office, the system's preference. */
export function prefersDark(): boolean {
  const officeTheme = officeContext()?.officeTheme;
  if (officeTheme?.bodyBackgroundColor) {
    return isDarkColor(officeTheme.bodyBackgroundColor);
  }
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)').matches
    : false;
}

function officeContext(): Office.Context | undefined {
  try {
    return typeof Office !== 'undefined' ? Office.context : undefined;
  } catch {
    return undefined;
  }
}
