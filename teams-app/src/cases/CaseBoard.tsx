// The cases as a board by the five phases: each card is a link, and the arrow keys move between cards and columns.
import {
  Caption1,
  Link,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';

import type { Case } from '@koberollen/shared/domain/case';
import { PHASE_LABELS } from '@koberollen/shared/domain/phase';

import { routeHref } from '../shell/route';
import { BOARD_PHASES } from './caseOptions';

const useStyles = makeStyles({
  board: {
    display: 'grid',
    gridTemplateColumns: 'repeat(5, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
    overflowX: 'auto',
    paddingBottom: tokens.spacingVerticalS,
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: '120px',
  },
  cards: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  card: {
    display: 'block',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function CaseBoard({ cases }: { cases: Case[] }) {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: 'grid-linear', memorizeCurrent: true });
  const closed = cases.filter((c) => c.phase === 'closed').length;
  return (
    <>
      <div
        className={styles.board}
        {...arrows}
        role="region"
        aria-label="Sager efter fase. Brug piletasterne til at flytte mellem kort."
      >
        {BOARD_PHASES.map((phase) => {
          const inPhase = cases.filter((c) => c.phase === phase);
          return (
            <section key={phase} className={styles.column} aria-labelledby={`col-${phase}`}>
              <Subtitle2 as="h3" id={`col-${phase}`}>
                {PHASE_LABELS[phase]} ({inPhase.length})
              </Subtitle2>
              {inPhase.length === 0 ? (
                <Caption1>Ingen sager i fasen.</Caption1>
              ) : (
                <ul className={styles.cards}>
                  {inPhase.map((c) => (
                    <li key={c.id} className={styles.card}>
                      <Link href={routeHref('sager', [c.id])}>{c.reference}</Link>
                      <Text block>{c.title}</Text>
                      <Caption1 block>
                        {c.targetGroup} · {c.assignee.name}
                      </Caption1>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      {closed > 0 && <Caption1>{closed} afsluttede sager vises i listen.</Caption1>}
    </>
  );
}
