// The signed-in user's reminders: their open milestones overdue or due within REMINDER_DAYS (the register's own
// milestones), each named by and linked to its contract with its case and provider, with a calendar file for Outlook and its delivery to the Teams activity
// feed; says so when Teams delivery is switched off, so nothing pretends to have been sent.
import {
  Button,
  Caption1,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Text,
  tokens,
} from '@fluentui/react-components';

import { adminRoutes } from '@koberollen/shared/api/admin.contract';
import { healthRoutes } from '@koberollen/shared/api/health.contract';
import { type MilestoneContract, milestoneRoutes } from '@koberollen/shared/api/milestones.contract';
import type { Milestone } from '@koberollen/shared/domain/contract';
import type { Delivery } from '@koberollen/shared/domain/delivery';
import { daysBetween, isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { routeHref } from '../shell/route';
import { Empty, ErrorState, Loading } from '../shell/states';
import { downloadDeadline } from './calendarFile';
import { deliveryText } from './deliveryText';
import { contractLine, reminderSummary } from './reminderText';

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
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
});

/** How far ahead the reminders look, in days. */
export const REMINDER_DAYS = 30;

/** The text shown when the API delivers nothing to Teams (local mode, or Microsoft 365 not connected). */
export const DELIVERY_OFF = 'Teams-levering er slået fra';

/** "Overskredet siden 02.12.2026", "Frist i dag", "Frist 15.12.2026 (om 8 dage)". */
export function dueText(dueDate: string, today: string): string {
  const days = daysBetween(today, dueDate);
  if (days < 0) return `Overskredet siden ${formatDate(dueDate)}`;
  if (days === 0) return 'Frist i dag';
  return `Frist ${formatDate(dueDate)} (om ${days} ${days === 1 ? 'dag' : 'dage'})`;
}

export function NotificationsPanel({ id }: { id: string }) {
  const styles = useStyles();
  const { api, user } = useSession();
  const loaded = useLoad(async () => {
    const [health, milestones, notifications] = await Promise.all([
      api.call(healthRoutes.getHealth),
      api.call(milestoneRoutes.list, {
        query: { assignee: user.userId, dueWithinDays: REMINDER_DAYS, withContracts: 'true', limit: 50 },
      }),
      api.call(adminRoutes.listNotifications, { query: { limit: 200 } }),
    ]);
    const deliveries = new Map(notifications.data.items.map((n) => [n.milestoneId, n.delivery]));
    const { items, contracts = {} } = milestones.data;
    return { feed: health.data.microsoft365?.activityFeed === true, items, contracts, deliveries };
  }, `reminders-${user.userId}`);
  const today = isoDateOf(new Date());

  const reminder = (
    m: Milestone,
    contract: MilestoneContract | undefined,
    deliveries: Map<string, Delivery | undefined>,
  ) => (
    <li key={m.id}>
      <div className={styles.item}>
        <Text weight="semibold">{m.title}</Text>
        <Link href={routeHref('kontrakter', [m.contractId])}>{contract?.title ?? 'Kontrakten'}</Link>
        <Caption1>{dueText(m.dueDate, today)}</Caption1>
        <Button size="small" appearance="subtle" onClick={() => downloadDeadline(m, contract?.title)}>
          Føj til kalender (.ics)
        </Button>
      </div>
      {contractLine(contract) && <Caption1 block>{contractLine(contract)}</Caption1>}
      {deliveries.has(m.id) && <Caption1 block>{deliveryText(deliveries.get(m.id))}</Caption1>}
    </li>
  );

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
      {loaded.state === 'ready' && loaded.data.items.length === 0 && (
        <Empty>Du har ingen overskredne frister og ingen frister de næste {REMINDER_DAYS} dage.</Empty>
      )}
      {loaded.state === 'ready' && loaded.data.items.length > 0 && (
        <>
          <Text>
            {reminderSummary(
              loaded.data.items.filter((m) => m.dueDate < today).length,
              loaded.data.items.filter((m) => m.dueDate >= today).length,
              REMINDER_DAYS,
            )}
          </Text>
          <ul className={styles.list} aria-label="Dine påmindelser">
            {loaded.data.items.map((m) => reminder(m, loaded.data.contracts[m.contractId], loaded.data.deliveries))}
          </ul>
        </>
      )}
    </section>
  );
}
