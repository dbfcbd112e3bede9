// Fluent components that some views show next to their first data rather than with it, gathered in one chunk that
// is fetched once that data is on screen (see laterParts.tsx).
export { MessageBar, MessageBarBody } from '@fluentui/react-components';
