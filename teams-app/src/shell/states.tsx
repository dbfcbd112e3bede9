// The loading, empty and error states every list and page shows, worded in Danish.
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';

import { ApiError } from '@koberollen/shared/api/apiError';
import { problemText } from '@koberollen/shared/api/problemText';

const ErrorBar = lazy(() => import('./ErrorBar').then((m) => ({ default: m.ErrorBar })));

// Fluent's small spinner drawn with a few rules of our own: the first screen shows it while signing in, and Fluent's
// Spinner with its label would add some 4 KB of script to it.
const useLoadingStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: '8px', minWidth: 'min-content' },
  ring: {
    flexShrink: 0,
    width: '28px',
    height: '28px',
    borderRadius: '50%',
    // The track, with an arc a quarter round in the brand colour, cut to a ring by the mask.
    backgroundImage: `conic-gradient(${tokens.colorBrandStroke1} 0deg 90deg, ${tokens.colorBrandStroke2Contrast} 90deg)`,
    maskImage: `radial-gradient(closest-side, transparent calc(100% - ${tokens.strokeWidthThick} - 1px), white calc(100% - ${tokens.strokeWidthThick}) calc(100% - 1px), transparent 100%)`,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '1.5s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media screen and (prefers-reduced-motion: reduce)': { animationDuration: '1.8s' },
    '@media screen and (forced-colors: active)': {
      backgroundImage: 'conic-gradient(Highlight 0deg 90deg, HighlightText 90deg)',
      forcedColorAdjust: 'none',
    },
  },
  label: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground1,
  },
});

export function Loading({ label = 'Henter …' }: { label?: string }) {
  const styles = useLoadingStyles();
  return (
    <div className={styles.root} role="status">
      <span className={styles.ring} aria-hidden="true" />
      <span className={styles.label}>{label}</span>
    </div>
  );
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
    return problemText(error);
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
