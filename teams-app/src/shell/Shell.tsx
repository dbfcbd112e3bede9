// The signed-in tab: header with navigation and the signed-in user, and the view the hash route names.
import { Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';

import { lazyViews } from '@koberollen/shared/ui/lazyViews';
import { PlainButton } from '@koberollen/shared/ui/plainButton';
import { ViewBoundary } from '@koberollen/shared/ui/ViewBoundary';

import { ROLE_LABELS } from '../session/roles';
import { useSession } from '../session/sessionContext';
import { type Page, pageKeyOf, pageOf, viewOf } from './pages';
import { routeHref, useRoute, VIEW_LABELS, VIEWS } from './route';
import { Loading } from './states';

const pageViews = lazyViews((page: Page) => page.load());
const NotificationsPanel = lazy(() =>
  import('../notifications/NotificationsPanel').then((m) => ({ default: m.NotificationsPanel })),
);

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  brand: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase500,
  },
  logo: { width: '24px', height: '24px' },
  nav: { flexGrow: 1 },
  navList: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  navLink: {
    display: 'block',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    boxShadow: `inset 0 -2px 0 ${tokens.colorBrandStroke1}`,
  },
  user: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  role: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    color: tokens.colorBrandForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  main: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, maxWidth: '1280px' },
});

export function Shell({ onSwitchUser }: { onSwitchUser?: () => void }) {
  const styles = useStyles();
  const route = useRoute();
  const { user } = useSession();
  const view = viewOf(route);
  const page = pageOf(route);
  const pageKey = pageKeyOf(route);
  const [reminders, setReminders] = useState(false);
  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.brand}>
          <img className={styles.logo} src="icon-32.png" alt="" />
          Køberollen
        </h1>
        <nav className={styles.nav} aria-label="Visninger">
          <ul className={styles.navList}>
            {VIEWS.map((name) => (
              <li key={name}>
                <a
                  href={routeHref(name)}
                  className={name === view ? `${styles.navLink} ${styles.current}` : styles.navLink}
                  aria-current={name === view ? 'page' : undefined}
                >
                  {VIEW_LABELS[name]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className={styles.user} aria-label="Logget ind som">
          <Text weight="semibold">{user.name}</Text>
          <span className={styles.role}>{user.roles.map((role) => ROLE_LABELS[role]).join(', ')}</span>
          <Caption1>{user.tenantName}</Caption1>
          <PlainButton
            size="small"
            appearance="subtle"
            aria-expanded={reminders}
            aria-controls={reminders ? 'reminders' : undefined}
            onClick={() => setReminders((open) => !open)}
          >
            Påmindelser
          </PlainButton>
          {onSwitchUser && (
            <PlainButton size="small" appearance="subtle" onClick={onSwitchUser}>
              Skift bruger
            </PlainButton>
          )}
        </div>
      </header>
      <main className={styles.main}>
        {reminders && (
          <Suspense fallback={<Loading />}>
            <NotificationsPanel id="reminders" />
          </Suspense>
        )}
        <ViewBoundary resetKey={pageKey} onRetry={() => pageViews.forget(page)}>
          {() => {
            const PageView = pageViews.get(page);
            return (
              <Suspense fallback={<Loading />}>
                <PageView key={pageKey} route={route} />
              </Suspense>
            );
          }}
        </ViewBoundary>
      </main>
    </>
  );
}
