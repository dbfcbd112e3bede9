// Around each view of the Word pane and the Teams tab: a view that fails to render or whose code cannot be loaded
// says so in Danish with "Prøv igen" (and "Genindlæs siden" when its code is gone, as after an update) instead of
// blanking the page.
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';

import { PlainButton } from './plainButton';

/** Whether an error is a view's code failing to load (offline, or a file replaced by a newer version). */
export function isCodeLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.name === 'ChunkLoadError' ||
    /dynamically imported module|importing a module script failed|unable to preload/i.test(error.message)
  );
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function ViewFailed({ codeGone, onRetry }: { codeGone: boolean; onRetry: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="alert">
      <Body1 as="p">
        {codeGone
          ? 'Visningen kunne ikke hentes. Kontrollér forbindelsen, og prøv igen. Er Køberollen lige blevet opdateret, så genindlæs siden.'
          : 'Visningen kunne ikke vises på grund af en fejl. Prøv igen; bliver fejlen ved, så genindlæs siden.'}
      </Body1>
      <div className={styles.actions}>
        <PlainButton appearance="primary" onClick={onRetry}>
          Prøv igen
        </PlainButton>
        <PlainButton onClick={() => window.location.reload()}>Genindlæs siden</PlainButton>
      </div>
    </div>
  );
}

interface Props {
  /** Renders the view; called again after "Prøv igen", so that it can take code loaded anew. */
  children: () => ReactNode;
  /** Another view or record: a failure shown for the previous one is cleared. */
  resetKey: string;
  /** Called before the view is rendered again, e.g. to forget code that failed to load. */
  onRetry?: () => void;
}

export class ViewBoundary extends Component<Props, { error?: unknown; failed: boolean }> {
  state: { error?: unknown; failed: boolean } = { failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  componentDidUpdate(previous: Props) {
    if (previous.resetKey !== this.props.resetKey && this.state.failed)
      this.setState({ error: undefined, failed: false });
  }

  private readonly retry = () => {
    this.props.onRetry?.();
    this.setState({ error: undefined, failed: false });
  };

  render() {
    if (!this.state.failed) return this.props.children();
    return <ViewFailed codeGone={isCodeLoadError(this.state.error)} onRetry={this.retry} />;
  }
}
