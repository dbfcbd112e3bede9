// The signed-in user's reminders about milestones due soon or overdue, each with its delivery to the Teams activity
// feed; says so when Teams delivery is switched off, so nothing pretends to have been sent.
import { Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle1, Text, tokens } from '@fluentui/react-components';

import { adminRoutes } from '@koberollen/shared/api/admin.contract';
import { healthRoutes } from '@koberollen/shared/api/health.contract';
import { formatDate } from '@koberollen/shared/rules/format';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { Empty, ErrorState, Loading } from '../shell/states';
import { deliveryText } from './deliveryText';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalS },
});

const STATUS_LABELS = { open: 'frist', done: 'udført', overdue: 'overskredet' } as const;

/** The text shown when the API delivers nothing to Teams (local mode, or Microsoft 365 not connected). */
export const DELIVERY_OFF = 'Teams-levering er slået fra';

export function NotificationsPanel({ id }: { id: string }) {
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad(async () => {
    const [health, notifications] = await Promise.all([
      api.call(healthRoutes.getHealth),
      api.call(adminRoutes.listNotifications, { query: { limit: 50 } }),
    ]);
    return { feed: health.data.microsoft365?.activityFeed === true, items: notifications.data.items };
  }, 'notifications');

  return (
    <section id={id} className={styles.root} aria-labelledby={`${id}-heading`}>
      <Subtitle1 as="h2" id={`${id}-heading`}>
        Påmindelser
      </Subtitle1>
      {loaded.state === 'loading' && <Loading label="Henter påmindelser …" />}
      {loaded.state === 'error' && <ErrorState error={loaded.error} onRetry={loaded.reload} />}
      {loaded.state === 'ready' && !loaded.data.feed && (
        <MessageBar intent="info">
          <MessageBarBody>
            {DELIVERY_OFF}. Påmindelserne vises her, men sendes ikke til aktivitetsfeedet i Teams, før Microsoft 365 er
            forbundet.
          </MessageBarBody>
        </MessageBar>
      )}
      {loaded.state === 'ready' && loaded.data.items.length === 0 && <Empty>Du har ingen påmindelser.</Empty>}
      {loaded.state === 'ready' && loaded.data.items.length > 0 && (
        <ul className={styles.list} aria-label="Dine påmindelser">
          {loaded.data.items.map((n) => (
            <li key={n.id}>
              <Text weight="semibold">{n.title}</Text>{' '}
              <Caption1>
                ({STATUS_LABELS[n.status]} {formatDate(n.dueDate)})
              </Caption1>
              <Caption1 block>{deliveryText(n.delivery)}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
