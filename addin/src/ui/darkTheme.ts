// The dark theme, in its own chunk: loaded only when the pane wears it.
export { webDarkTheme as theme } from '@fluentui/react-components';
