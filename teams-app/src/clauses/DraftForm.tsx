// A library record's edit form around its fields: submitted when nothing required is missing, with the save button,
// what is missing, the saved confirmation and the failure.
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { StaleNotice } from '../shell/StaleNotice';
import { ErrorState } from '../shell/states';
import type { DraftSave } from './useDraftSave';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
});

interface Props {
  form: DraftSave;
  className: string;
  label: string;
  /** What must be filled in before saving, while any of it is missing. */
  missing?: string;
  saveLabel: string;
  savedText: string;
  children: ReactNode;
}

export function DraftForm({ form, className, label, missing, saveLabel, savedText, children }: Props) {
  const styles = useStyles();
  return (
    <form
      className={className}
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault();
        if (!missing) void form.save();
      }}
    >
      {children}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={form.saving || !form.dirty || !!missing}>
          {form.saving ? 'Gemmer …' : saveLabel}
        </Button>
        {missing && <span>{missing}</span>}
      </div>
      {form.done && (
        <MessageBar intent="success">
          <MessageBarBody>{savedText}</MessageBarBody>
        </MessageBar>
      )}
      {form.stale && <StaleNotice />}
      {form.error !== undefined && <ErrorState error={form.error} />}
    </form>
  );
}
