// The cases as a board by the five phases: each card is a link, and the arrow keys move between cards and columns.
import { Caption1, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';

import type { Case } from '@koberollen/shared/domain/case';
import { PHASE_LABELS } from '@koberollen/shared/domain/phaseLabels';
import { PlainLink } from '@koberollen/shared/ui/plainControls';

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

/** Arrow keys on a card: up and down within its column, left and right to the nearest card of the next column. */
function moveFocus(event: React.KeyboardEvent<HTMLElement>): void {
  const steps: Record<string, [number, number]> = {
    ArrowUp: [0, -1],
    ArrowDown: [0, 1],
    ArrowLeft: [-1, 0],
    ArrowRight: [1, 0],
  };
  const step = steps[event.key];
  const card = (event.target as HTMLElement).closest('li');
  if (!step || !card) return;
  const columns = [...event.currentTarget.querySelectorAll('section')].map((section) => [
    ...section.querySelectorAll('li'),
  ]);
  const column = columns.findIndex((cards) => cards.includes(card));
  const row = columns[column]!.indexOf(card);
  let target: HTMLLIElement | undefined;
  if (step[1] !== 0) target = columns[column]![row + step[1]];
  for (let c = column + step[0]; step[0] !== 0 && c >= 0 && c < columns.length && !target; c += step[0]) {
    const cards = columns[c]!;
    target = cards[Math.min(row, cards.length - 1)];
  }
  const link = target?.querySelector('a');
  if (link) {
    event.preventDefault();
    link.focus();
  }
}

export function CaseBoard({ cases }: { cases: Case[] }) {
  const styles = useStyles();
  const closed = cases.filter((c) => c.phase === 'closed').length;
  return (
    <>
      <div
        className={styles.board}
        onKeyDown={moveFocus}
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
                      <PlainLink href={routeHref('sager', [c.id])}>{c.reference}</PlainLink>
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
