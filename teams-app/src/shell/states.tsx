// The loading, empty and error states every list and page shows, worded in Danish.
import { Spinner, Text } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';

import { ApiError } from '@koberollen/shared/api/apiError';

const ErrorBar = lazy(() => import('./ErrorBar').then((m) => ({ default: m.ErrorBar })));

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

/** A failed call in words, with a retry when given; the sentence shows at once, the message bar around it follows. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return <ErrorMessage message={describeError(error)} onRetry={onRetry} />;
}

export function ErrorMessage({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <Suspense fallback={<Text role="alert">{message}</Text>}>
      <ErrorBar message={message} onRetry={onRetry} />
    </Suspense>
  );
}
