// One review finding with its actions: insert it, update it (showing what changed), compare it, accept it, go to it.
import {
  Body1,
  Body1Strong,
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useState } from 'react';

import { clauseBlock } from '../document/build';
import { expectedText, type Finding } from '../document/review';
import { clausePlainText } from '../document/text';
import type { LoadedLibrary } from '../library/libraryStore';
import { useWorkspace } from '../workspaceContext';
import { ChoiceActions } from './ChoiceActions';
import { Muted } from './common';
import type { FindingActions } from './findingActions';
import { GoToClauseButton } from './GoToClauseButton';
import { InsertClauseButton } from './InsertClauseButton';
import { RetiredFinding } from './RetiredFinding';

const WordDiff = lazy(() => import('./WordDiff'));

const useStyles = makeStyles({
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sideBySide: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalS },
  text: { whiteSpace: 'pre-wrap', margin: 0 },
});

export const FINDING_TITLES: Record<Finding['kind'], string> = {
  missingMandatory: 'Obligatorisk klausul mangler',
  outdated: 'Nyere version findes',
  deviating: 'Teksten afviger fra biblioteket',
  unknown: 'Klausulen findes ikke i biblioteket',
  retired: 'Klausulen er udgået af biblioteket',
  emptyField: 'Feltet er ikke udfyldt',
  conflictingAlternatives: 'Flere varianter af samme valg',
  openChoice: 'Variant er ikke valgt',
  uncheckedItem: 'Punkt på tjeklisten er ikke afkrydset',
  missingTopic: 'Emnet er ikke dækket',
  wrongTemplate: 'Skabelonen passer ikke til sagens paragraf',
};

function describe(finding: Finding, loaded: LoadedLibrary): string {
  switch (finding.kind) {
    case 'missingMandatory':
    case 'deviating':
      return finding.title;
    case 'outdated':
      return `${finding.title}: version ${finding.foundVersion} i dokumentet, version ${finding.latestVersion} er den nyeste`;
    case 'unknown':
      return loaded.index.clause(finding.clauseId)?.title ?? finding.clauseId;
    case 'retired': {
      const successor = finding.successorId && loaded.index.version(finding.successorId);
      return successor
        ? `${finding.title}: erstattes af ${successor.title}`
        : `${finding.title}: biblioteket har ingen efterfølger – tal med indkøb`;
    }
    case 'emptyField':
      return finding.label;
    case 'conflictingAlternatives':
      return `${finding.title}: ${finding.clauses.map((c) => c.title).join(' og ')} står begge i dokumentet. Behold kun den, der passer til sagen og tilbuddet.`;
    case 'openChoice':
      return `${finding.title}: sagen har hverken kontrakt eller valgt tilbud, så vælg den variant, der passer.`;
    case 'uncheckedItem':
      return finding.text;
    case 'missingTopic':
      return finding.proposed ? `${finding.name} – foreslået klausul: ${finding.proposed.title}` : finding.name;
    case 'wrongTemplate': {
      const names = finding.matching.map((t) => t.name).join(' eller ');
      return finding.matching.length > 0
        ? `${finding.reason} Skabelonen til sagens paragraf er ${names}.`
        : `${finding.reason} Biblioteket har ingen skabelon til sagens paragraf.`;
    }
  }
}

function Deviation({ finding, ...actions }: { finding: Extract<Finding, { kind: 'deviating' }> } & FindingActions) {
  const styles = useStyles();
  const { state } = useWorkspace();
  const [compare, setCompare] = useState(false);
  const [reason, setReason] = useState<string>();
  const [error, setError] = useState<string>();
  const found = actions.snapshot.clauses.find((c) => c.clauseId === finding.clauseId);
  const version =
    actions.loaded.index.version(finding.clauseId, finding.version) ?? actions.loaded.index.version(finding.clauseId);
  return (
    <>
      <div className={styles.actions}>
        <Button size="small" aria-expanded={compare} onClick={() => setCompare(!compare)}>
          Vis side om side
        </Button>
        <GoToClauseButton
          clauseId={finding.clauseId}
          done={`${finding.title} er markeret i dokumentet.`}
          actions={actions}
        >
          Gå til klausulen
        </GoToClauseButton>
        {reason === undefined && (
          <Button size="small" onClick={() => setReason('')}>
            Acceptér afvigelsen
          </Button>
        )}
      </div>
      {compare && found && version && (
        <div className={styles.sideBySide}>
          <div>
            <Body1Strong>Bibliotekets tekst</Body1Strong>
            <p className={styles.text}>{expectedText(version, found.fieldTexts)}</p>
          </div>
          <div>
            <Body1Strong>Dokumentets tekst</Body1Strong>
            <p className={styles.text}>{found.text}</p>
          </div>
          <Suspense fallback={<Spinner size="tiny" />}>
            <WordDiff before={expectedText(version, found.fieldTexts)} after={found.text} />
          </Suspense>
        </div>
      )}
      {reason !== undefined && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setError(undefined);
            actions.accept(finding.clauseId, reason.trim()).then(
              () => setReason(undefined),
              (caught: Error) => setError(caught.message),
            );
          }}
        >
          <Field label="Begrundelse for afvigelsen" required validationMessage={error}>
            <Textarea value={reason} onChange={(_, data) => setReason(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" size="small" appearance="primary" disabled={!reason.trim() || !state.caseId}>
              Gem begrundelsen på sagen
            </Button>
            <Button size="small" onClick={() => setReason(undefined)}>
              Annullér
            </Button>
          </div>
          {!state.caseId && <Muted>Knyt dokumentet til en sag for at gemme begrundelsen.</Muted>}
        </form>
      )}
    </>
  );
}

function Outdated({ finding, ...actions }: { finding: Extract<Finding, { kind: 'outdated' }> } & FindingActions) {
  const styles = useStyles();
  const { contractDocument } = useWorkspace();
  const [show, setShow] = useState(false);
  const old = actions.loaded.index.version(finding.clauseId, finding.foundVersion);
  const latest = actions.loaded.index.version(finding.clauseId, finding.latestVersion);
  if (!latest) return null;
  const block = clauseBlock(latest, actions.values);
  return (
    <>
      <div className={styles.actions}>
        {old && (
          <Button size="small" aria-expanded={show} onClick={() => setShow(!show)}>
            Vis ændringerne
          </Button>
        )}
        <Button
          size="small"
          appearance="primary"
          onClick={() =>
            void actions.change(
              () => contractDocument.replaceClauses([block]),
              `${finding.title} er opdateret til version ${latest.version}.`,
            )
          }
        >
          Opdatér til version {latest.version}
        </Button>
      </div>
      {show && old && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <WordDiff before={clausePlainText(clauseBlock(old, actions.values))} after={clausePlainText(block)} />
        </Suspense>
      )}
    </>
  );
}

function Proposal({ finding, ...actions }: { finding: Extract<Finding, { kind: 'missingTopic' }> } & FindingActions) {
  const { contractDocument } = useWorkspace();
  const [how, setHow] = useState<'tracked' | 'comment'>(
    contractDocument.features.trackedChanges ? 'tracked' : 'comment',
  );
  const version = finding.proposed && actions.loaded.index.version(finding.proposed.clauseId);
  if (!version) return <Muted>Biblioteket har ingen standardklausul om emnet.</Muted>;
  const block = clauseBlock(version, actions.values);
  const propose = () =>
    how === 'tracked'
      ? contractDocument.insertBlocks([{ kind: 'clause', clause: block }], {
          tracked: true,
          position: actions.positionOf(block.clauseId),
        })
      : contractDocument.addCommentAtCursor(`Forslag fra Køberollen – ${clausePlainText(block)}`);
  return (
    <>
      <RadioGroup
        value={how}
        onChange={(_, data) => setHow(data.value as 'tracked' | 'comment')}
        aria-label="Foreslå som"
      >
        <Radio value="tracked" label="Som sporet ændring" disabled={!contractDocument.features.trackedChanges} />
        <Radio value="comment" label="Som kommentar" disabled={!contractDocument.features.comments} />
      </RadioGroup>
      <Button
        size="small"
        appearance="primary"
        onClick={() => void actions.change(propose, `${version.title} er foreslået i dokumentet.`)}
      >
        Foreslå {version.title}
      </Button>
    </>
  );
}

/** A document drafted on the wrong template: pick the right one, or link the document to the right case. */
function WrongTemplateActions() {
  const styles = useStyles();
  const { show } = useWorkspace();
  return (
    <div className={styles.actions}>
      <Button size="small" appearance="primary" onClick={() => show('insert')}>
        Vælg skabelon til sagens paragraf
      </Button>
      <Button size="small" onClick={() => show('case')}>
        Knyt til en anden sag
      </Button>
    </div>
  );
}

export function FindingItem({ finding, ...actions }: { finding: Finding } & FindingActions) {
  const styles = useStyles();
  const latest = 'clauseId' in finding ? actions.loaded.index.version(finding.clauseId) : undefined;
  return (
    <li className={styles.item}>
      <Body1Strong>{FINDING_TITLES[finding.kind]}</Body1Strong>
      <Body1>
        {describe(finding, actions.loaded)}
        {actions.accepted && ' (en afvigelse fra klausulen er accepteret på sagen)'}
      </Body1>
      {finding.kind === 'missingMandatory' && latest && (
        <InsertClauseButton version={latest} actions={actions} done={`${finding.title} er indsat.`} />
      )}
      {(finding.kind === 'openChoice' || finding.kind === 'conflictingAlternatives') && (
        <ChoiceActions finding={finding} {...actions} />
      )}
      {finding.kind === 'outdated' && <Outdated finding={finding} {...actions} />}
      {finding.kind === 'deviating' && <Deviation finding={finding} {...actions} />}
      {finding.kind === 'retired' && <RetiredFinding finding={finding} {...actions} />}
      {finding.kind === 'unknown' && (
        <GoToClauseButton clauseId={finding.clauseId} done="Klausulen er markeret i dokumentet." actions={actions}>
          Gå til klausulen
        </GoToClauseButton>
      )}
      {finding.kind === 'missingTopic' && <Proposal finding={finding} {...actions} />}
      {finding.kind === 'wrongTemplate' && <WrongTemplateActions />}
    </li>
  );
}
