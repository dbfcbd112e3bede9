// The fields still empty, as one finding: how many, which, a way to each, and the action that fills the known ones.
import { Body1, Body1Strong, Button, makeStyles, tokens } from '@fluentui/react-components';

import type { Finding } from '../document/review';
import { useWorkspace } from '../workspaceContext';

const useStyles = makeStyles({
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  fields: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  go: { justifyContent: 'flex-start', textAlign: 'left', minWidth: 0 },
});

export function EmptyFields({
  fields,
  change,
}: {
  fields: Extract<Finding, { kind: 'emptyField' }>[];
  change: (action: () => Promise<unknown>, done: string) => Promise<void>;
}) {
  const styles = useStyles();
  const { contractDocument, show } = useWorkspace();
  if (fields.length === 0) return null;
  return (
    <li className={styles.item}>
      <Body1Strong>
        {fields.length === 1 ? 'Et felt er ikke udfyldt' : `${fields.length} felter er ikke udfyldt`}
      </Body1Strong>
      <Button size="small" appearance="primary" onClick={() => show('contract')}>
        Udfyld felterne
      </Button>
      <details>
        <summary>
          <Body1>Vis felterne</Body1>
        </summary>
        <ul className={styles.fields}>
          {fields.map((field) => (
            <li key={field.key}>
              <Button
                className={styles.go}
                size="small"
                appearance="subtle"
                aria-label={`Gå til feltet ${field.label}`}
                onClick={() =>
                  void change(
                    () => contractDocument.goTo({ fieldKey: field.key }),
                    `Feltet ${field.label} er markeret.`,
                  )
                }
              >
                {field.label}
              </Button>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
