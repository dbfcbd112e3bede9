// Publishing a library record's working copy (clause, template) as its next version: a change note is required, and
// the record says so when there is nothing new to publish.
import { Button, type GriffelStyle, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { containsCprNumber } from '@koberollen/shared/rules/cpr';

import { useUnsavedGuard } from '../shell/route';
import { ErrorState } from '../shell/states';
import { NoteField } from './NoteField';

/** The framed box a library record's write actions (publish, retire) sit in. */
export const ACTION_BOX: GriffelStyle = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalM,
  padding: tokens.spacingVerticalM,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  maxWidth: '720px',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

interface Props {
  /** The latest published version; 0 before the first publish. */
  version: number;
  hasUnpublishedChanges: boolean;
  /** Where else the change note shows, e.g. "for sagsbehandlerne i Word". */
  shownTo?: string;
  /** Why publishing waits, e.g. unsaved changes in the form above; publishing is offered when absent. */
  blocked?: string;
  /** Publishes with the change note; a failure is shown here. */
  publish: (changeNote: string) => Promise<void>;
}

export function PublishForm({ version, hasUnpublishedChanges, shownTo, blocked, publish }: Props) {
  const styles = useStyles();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  useUnsavedGuard(note.trim() !== '');
  const cpr = containsCprNumber(note);
  const ready = note.trim() !== '' && !cpr && !blocked;
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await publish(note.trim());
      setNote('');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  if (!hasUnpublishedChanges && !blocked) {
    return <Text>Arbejdskopien er den udgivne version {version}; der er intet nyt at udgive.</Text>;
  }
  return (
    <div className={styles.root}>
      <NoteField
        label="Ændringsnote"
        hint={`Hvad er ændret og hvorfor. Vises i historikken${shownTo ? ` og ${shownTo}` : ''}.`}
        value={note}
        onChange={setNote}
      />
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={busy || !ready} onClick={() => ready && void run()}>
          {busy ? 'Udgiver …' : `Udgiv som version ${version + 1}`}
        </Button>
        {blocked ? <Text>{blocked}</Text> : !note.trim() && <Text>Skriv en ændringsnote for at udgive.</Text>}
      </div>
      {error !== undefined && <ErrorState error={error} />}
    </div>
  );
}
