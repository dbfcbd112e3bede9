// The high-contrast Teams theme, in its own chunk: loaded only when the tab wears it.
export { teamsHighContrastTheme as theme } from '@fluentui/react-components';
