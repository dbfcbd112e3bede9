// Which Fluent theme the pane wears: `?theme=` first, then Office's theme inside Word, then the system's preference.
// The light theme comes with the first screen; the dark and high-contrast themes are loaded only when worn.
import { type Theme, webLightTheme } from '@fluentui/react-components';

export type ThemeName = 'light' | 'dark' | 'contrast';

/** The theme by name; only the light one is part of the first download. */
export async function loadTheme(name: ThemeName): Promise<Theme> {
  if (name === 'dark') return (await import('./darkTheme')).theme;
  if (name === 'contrast') return (await import('./contrastTheme')).theme;
  return webLightTheme;
}

/** Perceived lightness (0–255) of a `#rrggbb` colour. */
function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) || 0) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

export interface ThemeSignals {
  search: string;
  /** Office's body background colour inside Word, when known. */
  officeBackground?: string;
  prefersDark: boolean;
  forcedColors: boolean;
}

export function pickTheme({ search, officeBackground, prefersDark, forcedColors }: ThemeSignals): ThemeName {
  const asked = new URLSearchParams(search).get('theme');
  if (asked === 'light' || asked === 'dark' || asked === 'contrast') return asked;
  if (forcedColors) return 'contrast';
  if (officeBackground && /^#[0-9a-f]{6}$/i.test(officeBackground)) {
    return lightness(officeBackground) < 128 ? 'dark' : 'light';
  }
  return prefersDark ? 'dark' : 'light';
}
