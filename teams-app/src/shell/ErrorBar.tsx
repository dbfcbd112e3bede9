// The error message bar, in its own chunk: Fluent's message bar loads only when something has gone wrong.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';

export function ErrorBar({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>Prøv igen</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
