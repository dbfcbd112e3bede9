// The dark Teams theme, in its own chunk: loaded only when the tab wears it.
export { teamsDarkTheme as theme } from '@fluentui/react-components';
