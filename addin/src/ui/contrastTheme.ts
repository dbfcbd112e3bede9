// The high-contrast theme, in its own chunk: loaded only when the pane wears it.
export { teamsHighContrastTheme as theme } from '@fluentui/react-components';
