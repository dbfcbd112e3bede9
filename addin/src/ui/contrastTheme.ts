// The high-contrast theme, in its own chunk: loaded only when the pane wears it.
export { theme } from '@koberollen/shared/ui/contrastTheme';
