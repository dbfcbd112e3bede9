// A list to pick from (cases to link, templates to insert): each entry its title, a line of detail and its action.
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { Muted } from './common';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

export interface Pick {
  key: string;
  title: ReactNode;
  detail: ReactNode;
  action: ReactNode;
}

export function PickList({ label, picks }: { label: string; picks: Pick[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {picks.map((pick) => (
        <li key={pick.key} className={styles.item}>
          <Body1>{pick.title}</Body1>
          <Muted>{pick.detail}</Muted>
          {pick.action}
        </li>
      ))}
    </ul>
  );
}
