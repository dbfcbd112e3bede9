// Insert a whole template or single clauses at the cursor, with the fields known from the case filled at once.
import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';

import { CHOICE_LABELS, choicesFor, undecidedChoices } from '@koberollen/shared/rules/templateChoices';

import { clauseBlock, templateBlocks } from '../document/build';
import type { LoadedLibrary } from '../library/libraryStore';
import { useWorkspace } from '../workspaceContext';
import { ClauseBrowser } from './ClauseBrowser';
import { ErrorLine, type Linked, Muted, useLinked, WithLibrary } from './common';
import { PickList } from './PickList';
import { useKnownValues } from './useKnownValues';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

function Templates({ loaded, linked }: { loaded: LoadedLibrary; linked: Linked }) {
  const styles = useStyles();
  const { contractDocument, updateState } = useWorkspace();
  const values = useKnownValues(linked, loaded);
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const status = useRef<HTMLParagraphElement>(null);
  const templates = loaded.library.templates;
  const insert = async (templateId: string) => {
    const template = loaded.index.template(templateId)!;
    setError(undefined);
    try {
      const choices = choicesFor(linked);
      await contractDocument.insertBlocks(templateBlocks(template, (id) => loaded.index.version(id), values, choices));
      await updateState({ templateId, checked: [] });
      const open = undecidedChoices(template, choices).map((choice) => CHOICE_LABELS[choice]);
      const openNote = open.length
        ? ` Sagen har hverken kontrakt eller valgt tilbud, så vælg selv og indsæt klausulen for: ${open.join(', ')}.`
        : '';
      setDone(`${template.name} er indsat.${openNote}`);
      status.current?.focus();
    } catch {
      setError('Skabelonen kunne ikke indsættes i dokumentet. Prøv igen.');
    }
  };
  return (
    <section className={styles.root} aria-labelledby="templates-heading">
      <Subtitle2 as="h2" id="templates-heading">
        Skabeloner
      </Subtitle2>
      <p ref={status} tabIndex={-1} role="status">
        {done}
      </p>
      {error && <ErrorLine>{error}</ErrorLine>}
      {templates.length === 0 && <Muted>Biblioteket har ingen aktive skabeloner.</Muted>}
      <PickList
        label="Skabeloner"
        picks={templates.map((template) => ({
          key: template.id,
          title: <strong>{template.name}</strong>,
          detail: template.legalBasis.map((basis) => `${basis.law} ${basis.section}`).join(', '),
          action: (
            <Button
              size="small"
              onClick={() => void insert(template.id)}
              aria-label={`Indsæt skabelon: ${template.name}`}
            >
              Indsæt skabelon
            </Button>
          ),
        }))}
      />
    </section>
  );
}

function InsertPanel({ loaded, linked }: { loaded: LoadedLibrary; linked: Linked }) {
  const styles = useStyles();
  const { contractDocument } = useWorkspace();
  const values = useKnownValues(linked, loaded);
  return (
    <div className={styles.root}>
      {linked.status === 'error' && <ErrorLine>Sagens oplysninger kunne ikke hentes: {linked.error}</ErrorLine>}
      <Templates loaded={loaded} linked={linked} />
      <ClauseBrowser
        loaded={loaded}
        onInsert={(version) =>
          contractDocument.insertBlocks([{ kind: 'clause', clause: clauseBlock(version, values) }])
        }
      />
    </div>
  );
}

export default function InsertView() {
  const linked = useLinked();
  return <WithLibrary>{(loaded) => <InsertPanel loaded={loaded} linked={linked} />}</WithLibrary>;
}
