// What a person reads after the server refused a change because someone saved a newer version first: nothing of the
// change was stored, and the page now shows what is stored.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export function StaleNotice() {
  return (
    <MessageBar intent="warning" role="status">
      <MessageBarBody>
        Din ændring blev ikke gemt, fordi en anden har gemt en nyere udgave, siden du hentede den. Den gemte udgave
        vises nu – gentag din ændring, hvis den stadig skal med.
      </MessageBarBody>
    </MessageBar>
  );
}
