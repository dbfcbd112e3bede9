// Guidance as Word comments on the clauses in the document, and one action that removes them all before sending.
import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import type { LoadedLibrary } from '../library/libraryStore';
import { useWorkspace } from '../workspaceContext';
import { ErrorLine, Muted } from './common';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  status: { margin: 0 },
});

export function GuidanceActions({ loaded }: { loaded: LoadedLibrary }) {
  const styles = useStyles();
  const { contractDocument } = useWorkspace();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const act = async (action: () => Promise<number>, done: (n: number) => string) => {
    setError(undefined);
    try {
      setStatus(done(await action()));
    } catch {
      setError('Kommentarerne kunne ikke ændres. Prøv igen.');
    }
  };
  const addAll = async () => {
    const snapshot = await contractDocument.readSnapshot();
    const comments = snapshot.clauses.flatMap((found) => {
      const guidance =
        loaded.index.version(found.clauseId, found.version)?.guidance ?? loaded.index.clause(found.clauseId)?.guidance;
      return guidance ? [{ clauseId: found.clauseId, text: guidance }] : [];
    });
    return contractDocument.addGuidanceComments(comments);
  };
  return (
    <section className={styles.section} aria-labelledby="guidance-heading">
      <Subtitle2 as="h3" id="guidance-heading">
        Vejledning i dokumentet
      </Subtitle2>
      {contractDocument.features.comments ? (
        <div className={styles.actions}>
          <Button
            size="small"
            onClick={() => void act(addAll, (n) => `${n} vejledninger er tilføjet som kommentarer.`)}
          >
            Tilføj vejledning som kommentarer
          </Button>
          <Button
            size="small"
            onClick={() =>
              void act(
                () => contractDocument.removeGuidanceComments(),
                (n) => `${n} vejledningskommentarer er fjernet.`,
              )
            }
          >
            Fjern alle vejledningskommentarer
          </Button>
        </div>
      ) : (
        <Muted>Denne udgave af Word understøtter ikke kommentarer, så vejledningen vises kun her i ruden.</Muted>
      )}
      <p role="status" className={styles.status}>
        {status}
      </p>
      {error && <ErrorLine>{error}</ErrorLine>}
    </section>
  );
}
