// Insert a whole template or single clauses at the cursor, with the fields known from the case filled at once.
import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';

import type { Template } from '@koberollen/shared/domain/template';
import { CHOICE_LABELS, choicesFor, undecidedChoices } from '@koberollen/shared/rules/templateChoices';
import { legalBasisFit, templateParagraphs } from '@koberollen/shared/rules/templateFit';

import { clauseBlock, templateBlocks } from '../document/build';
import type { LoadedLibrary } from '../library/libraryStore';
import { useWorkspace } from '../workspaceContext';
import { ClauseBrowser } from './ClauseBrowser';
import { ErrorLine, Muted, WithLibrary } from './common';
import { LegalBasisWarning } from './LegalBasisWarning';
import { type Linked, useLinked } from './linkedCase';
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
  const [unfit, setUnfit] = useState<{ templateId: string; reason: string; matching: Template[] }>();
  const templates = loaded.library.templates;
  const paragraph = linked.case?.paragraph;
  const insert = async (templateId: string, anyway = false) => {
    const template = loaded.index.template(templateId)!;
    setError(undefined);
    setUnfit(undefined);
    const fit = legalBasisFit(template, paragraph, templates);
    if (!fit.ok && !anyway) {
      setDone(undefined);
      setUnfit({ templateId, reason: fit.reason, matching: fit.matching });
      return;
    }
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
      {unfit && (
        <LegalBasisWarning
          reason={unfit.reason}
          matching={unfit.matching}
          onPick={(templateId) => void insert(templateId)}
          onInsertAnyway={() => void insert(unfit.templateId, true)}
          onCancel={() => setUnfit(undefined)}
        />
      )}
      {templates.length === 0 && <Muted>Biblioteket har ingen aktive skabeloner.</Muted>}
      <PickList
        label="Skabeloner"
        picks={templates.map((template) => ({
          key: template.id,
          title: <strong>{template.name}</strong>,
          detail: `${templateParagraphs(template).join(', ')}${
            legalBasisFit(template, paragraph, templates).ok ? '' : ' · passer ikke til sagens paragraf'
          }`,
          action: (
            <Button
              size="small"
              disabled={linked.status === 'loading'}
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
