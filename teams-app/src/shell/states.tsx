// The loading, empty and error states every list and page shows, worded in Danish.
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text } from '@fluentui/react-components';

import { ApiError } from '@koberollen/shared/api/client';

export function Loading({ label = 'Henter …' }: { label?: string }) {
  return <Spinner size="small" label={label} role="status" />;
}

export function Empty({ children }: { children: React.ReactNode }) {
  return (
    <Text as="p" role="status" italic>
      {children}
    </Text>
  );
}

/** A Danish sentence for a failed call, with the server's explanation where it gave one. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return 'Serveren kunne ikke nås. Kontrollér forbindelsen, og prøv igen.';
    const fields = Object.entries(error.fields).map(([field, message]) => `${field}: ${message}`);
    return [error.title, error.detail, ...fields].filter(Boolean).join(' – ');
  }
  return 'Der opstod en uventet fejl.';
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{describeError(error)}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>Prøv igen</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
