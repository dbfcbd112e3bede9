// Review the contract in the pane (same rule as the API, so it works offline), act on each finding, record the review.
import { Button, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';

import { caseRoutes } from '@koberollen/shared/api/cases.contract';
import { reviewRoutes } from '@koberollen/shared/api/reviews.contract';
import { choicesFor } from '@koberollen/shared/rules/templateChoices';

import { errorText } from '../api/paneClient';
import { clauseBlock } from '../document/build';
import { templatePosition } from '../document/position';
import {
  fieldValuesOf,
  findingKey,
  recordedFinding,
  reviewDocument,
  type ReviewOutcome,
  shownFindings,
} from '../document/review';
import type { DocumentSnapshot, DocumentState } from '../document/types';
import { type LoadedLibrary, withVersions } from '../library/libraryStore';
import { canWriteCases } from '../session/session';
import { useWorkspace } from '../workspaceContext';
import { ChecklistSection } from './ChecklistSection';
import { ErrorLine, Muted, usePaneLibrary, WithLibrary } from './common';
import { EmptyFields } from './EmptyFields';
import { FindingItem } from './FindingItem';
import { FoundTopics } from './FoundTopics';
import { GuidanceActions } from './GuidanceActions';
import { type Linked, useLinked } from './linkedCase';
import { SavedReviews } from './SavedReviews';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  status: { margin: 0 },
});

interface Run {
  outcome: ReviewOutcome;
  snapshot: DocumentSnapshot;
  loaded: LoadedLibrary;
}

/** The last review per municipality's library, so its results are still there after switching to another view. */
const lastRuns = new Map<string, { run: Run; status?: string }>();

function ReviewPanel({ initial, linked }: { initial: LoadedLibrary; linked: Linked }) {
  const styles = useStyles();
  const workspace = useWorkspace();
  const { contractDocument, state, session } = workspace;
  const { api, cache, key, update } = usePaneLibrary();
  const [run, keepRun] = useState<Run | undefined>(() => lastRuns.get(key)?.run);
  const [busy, setBusy] = useState(false);
  const [status, keepStatus] = useState<string | undefined>(() => lastRuns.get(key)?.status);
  const setRun = (next: Run) => {
    lastRuns.set(key, { ...lastRuns.get(key), run: next });
    keepRun(next);
  };
  const setStatus = (next: string | undefined) => {
    const held = lastRuns.get(key);
    if (held) lastRuns.set(key, { ...held, status: next });
    keepStatus(next);
  };
  const [error, setError] = useState<string>();
  const [savedRound, setSavedRound] = useState(0);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const acceptedIds = new Set((linked.case?.deviations ?? []).map((d) => d.clauseId));

  /** Reviews the document against the state given (the checklist's ticks just made, which this render has not seen). */
  const review = async (message?: string, current: DocumentState = state) => {
    setBusy(true);
    setError(undefined);
    try {
      const snapshot = await contractDocument.readSnapshot();
      const base = run?.loaded ?? initial;
      const loaded = await withVersions(api, cache, key, base, snapshot.clauses).catch(() => base);
      if (loaded !== base) update(loaded);
      const outcome = reviewDocument(snapshot, loaded.library, loaded.index, current, {
        paragraph: linked.case?.paragraph,
        choices: choicesFor(linked),
      });
      setRun({ outcome, snapshot, loaded });
      const open = shownFindings(outcome.findings);
      const clean =
        outcome.mode === 'tagged'
          ? 'Ingen fund: kontrakten følger skabelonen.'
          : 'Ingen fund: kontrakten dækker de emner, tjeklisten kræver.';
      setStatus(message ?? (open === 0 ? clean : `${open} fund.`));
    } catch {
      setError('Dokumentet kunne ikke læses. Prøv igen.');
    } finally {
      setBusy(false);
      statusRef.current?.focus();
    }
  };

  const change = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      await review(done);
    } catch {
      setError('Dokumentet kunne ikke ændres. Prøv igen.');
    }
  };

  const accept = async (clauseId: string, reason: string) => {
    if (!state.caseId) throw new Error('Knyt dokumentet til en sag først.');
    try {
      await api.call(caseRoutes.addDeviation, { params: { id: state.caseId }, body: { clauseId, reason } });
    } catch (caught) {
      throw new Error(`Begrundelsen blev ikke gemt: ${errorText(caught)}`);
    }
    linked.reload();
    setStatus('Afvigelsen er accepteret, og begrundelsen er gemt på sagen.');
    statusRef.current?.focus();
  };

  const save = async () => {
    if (!run || !state.caseId) return;
    setError(undefined);
    const titleOf = (id: string) => run.loaded.index.clause(id)?.title ?? id;
    const findings = run.outcome.findings.map((f) =>
      recordedFinding(f, titleOf, f.kind === 'deviating' && acceptedIds.has(f.clauseId)),
    );
    const checkedItems = state.checked.map((k) => ({ checklistId: k.split('/')[0]!, itemId: k.split('/')[1]! }));
    try {
      await api.call(reviewRoutes.create, {
        params: { id: state.caseId },
        body: { mode: run.outcome.mode, templateId: run.outcome.templateId, findings, checkedItems },
      });
      setSavedRound((n) => n + 1);
      setStatus('Gennemgangen er gemt på sagen.');
      statusRef.current?.focus();
    } catch (caught) {
      setError(`Gennemgangen blev ikke gemt: ${errorText(caught)}`);
    }
  };

  const positionOf = (clauseId: string) => {
    if (!run) return { at: 'start' as const };
    const template = run.outcome.templateId ? run.loaded.index.template(run.outcome.templateId) : undefined;
    // Without a template, proposals follow the library's order.
    const sections = template
      ? template.sections.map((section) => section.clauses.map((ref) => ref.clauseId))
      : [run.loaded.library.clauses.map((clause) => clause.id)];
    return templatePosition(sections, clauseId, run.snapshot.clauses);
  };
  const outdated = run?.outcome.findings.flatMap((f) => (f.kind === 'outdated' ? [f] : [])) ?? [];
  const values = run ? fieldValuesOf(run.snapshot) : {};
  const listed = run?.outcome.findings.filter((f) => f.kind !== 'uncheckedItem' && f.kind !== 'emptyField') ?? [];
  const empty = run?.outcome.findings.flatMap((f) => (f.kind === 'emptyField' ? [f] : [])) ?? [];
  const unchecked = run?.outcome.findings.filter((f) => f.kind === 'uncheckedItem').length ?? 0;

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || linked.status === 'loading'} onClick={() => void review()}>
          Gennemgå dokumentet
        </Button>
        {linked.status === 'loading' && <Spinner size="tiny" label="Henter sagen …" />}
        {outdated.length > 0 && run && (
          <Button
            onClick={() =>
              void change(
                () =>
                  contractDocument.replaceClauses(
                    outdated.flatMap((f) => {
                      const latest = run.loaded.index.version(f.clauseId);
                      return latest ? [clauseBlock(latest, values)] : [];
                    }),
                  ),
                `${outdated.length} forældede klausuler er opdateret.`,
              )
            }
          >
            Opdatér alle forældede klausuler
          </Button>
        )}
      </div>
      {busy && <Spinner size="tiny" label="Gennemgår …" />}
      <p ref={statusRef} tabIndex={-1} role="status" className={styles.status}>
        {status}
      </p>
      {error && <ErrorLine>{error}</ErrorLine>}
      {run && (
        <>
          <Subtitle2 as="h3">
            {run.outcome.mode === 'tagged' ? 'Fund i forhold til skabelonen' : 'Leverandørens egen kontrakt: emner'}
          </Subtitle2>
          {run.outcome.mode === 'untagged' && (
            <>
              <Muted>
                Dokumentet har ingen klausuler fra biblioteket, så teksten er læst for de emner, tjeklisten kræver.
              </Muted>
              <FoundTopics topics={run.outcome.foundTopics} />
            </>
          )}
          {listed.length + empty.length === 0 && <Muted>Ingen fund i dokumentet.</Muted>}
          <ul className={styles.list} aria-label="Fund">
            {listed.map((finding) => (
              <FindingItem
                key={findingKey(finding)}
                finding={finding}
                loaded={run.loaded}
                snapshot={run.snapshot}
                values={values}
                positionOf={positionOf}
                accepted={finding.kind === 'deviating' && acceptedIds.has(finding.clauseId)}
                change={change}
                accept={accept}
              />
            ))}
            <EmptyFields fields={empty} change={change} />
          </ul>
          {unchecked > 0 && (
            <Muted>
              {unchecked === 1
                ? '1 punkt på tjeklisten er ikke afkrydset.'
                : `${unchecked} punkter på tjeklisten er ikke afkrydset.`}
            </Muted>
          )}
        </>
      )}
      <ChecklistSection loaded={run?.loaded ?? initial} onChanged={(next) => run && void review(undefined, next)} />
      <GuidanceActions loaded={run?.loaded ?? initial} />
      {state.caseId ? (
        <>
          <Button appearance="primary" disabled={!run || !canWriteCases(session.user)} onClick={() => void save()}>
            Gem gennemgang
          </Button>
          {!canWriteCases(session.user) && <Muted>Kun sagsbehandlere og forhandlere kan gemme gennemgange.</Muted>}
          <SavedReviews caseId={state.caseId} round={savedRound} />
        </>
      ) : (
        <Muted>Knyt dokumentet til en sag for at gemme gennemgangen på sagen.</Muted>
      )}
    </div>
  );
}

export default function ReviewView() {
  const linked = useLinked();
  return (
    <>
      <Subtitle2 as="h2">Gennemgå kontrakten</Subtitle2>
      <WithLibrary>{(loaded) => <ReviewPanel initial={loaded} linked={linked} />}</WithLibrary>
    </>
  );
}
