// The tab's Fluent themes by Teams theme name: the light one comes with the first screen, the dark and high-contrast
// ones are loaded only when Teams (or `?theme=`) asks for them.
import { teamsLightTheme, type Theme } from '@fluentui/react-components';

/** Teams' theme names (`default`, `dark`, `contrast`); anything else is light. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

export function themeNameOf(name: string | null | undefined): TeamsThemeName {
  return name === 'dark' || name === 'contrast' ? name : 'default';
}

/** The light theme at once, for the first render before any other is known. */
export const LIGHT_THEME = teamsLightTheme;

/** The Fluent theme for a Teams theme name, loading the dark or high-contrast one on first use. */
export async function loadTheme(name: TeamsThemeName): Promise<Theme> {
  if (name === 'dark') return (await import('./darkTheme')).theme;
  if (name === 'contrast') return (await import('./contrastTheme')).theme;
  return teamsLightTheme;
}
