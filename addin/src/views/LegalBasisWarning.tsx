// Before a template goes in: its legal basis does not name the case's paragraph; pick the matching one or go on.
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

import type { Template } from '@koberollen/shared/domain/template';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

/** The finding with its choices; it takes focus when shown, so a keyboard user lands on it. */
export function LegalBasisWarning({
  reason,
  matching,
  onPick,
  onInsertAnyway,
  onCancel,
}: {
  /** Why the template does not fit, in Danish. */
  reason: string;
  /** The templates written for the case's paragraph. */
  matching: Template[];
  onPick: (templateId: string) => void;
  onInsertAnyway: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [reason]);
  return (
    <MessageBar intent="warning" layout="multiline" ref={ref} tabIndex={-1} aria-labelledby="legal-basis-title">
      <MessageBarBody>
        <MessageBarTitle id="legal-basis-title">Skabelonen passer ikke til sagens paragraf</MessageBarTitle>
        {reason}
        <div className={styles.actions}>
          {matching.map((template) => (
            <Button key={template.id} size="small" appearance="primary" onClick={() => onPick(template.id)}>
              Indsæt {template.name}
            </Button>
          ))}
          <Button size="small" onClick={onInsertAnyway}>
            Indsæt alligevel
          </Button>
          <Button size="small" appearance="subtle" onClick={onCancel}>
            Fortryd
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
