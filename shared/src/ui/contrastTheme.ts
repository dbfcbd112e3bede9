// The high-contrast theme of the pane and the tab: Teams' own, with placeholders in the system's grey-text colour
// (Fluent's disabled foreground in this theme) so an empty field's example never reads as a typed value.
import { teamsHighContrastTheme, type Theme } from '@fluentui/react-components';

export const theme: Theme = {
  ...teamsHighContrastTheme,
  colorNeutralForeground4: teamsHighContrastTheme.colorNeutralForegroundDisabled,
};
