// The high-contrast Teams theme, in its own chunk: loaded only when the tab wears it.
export { theme } from '@koberollen/shared/ui/contrastTheme';
