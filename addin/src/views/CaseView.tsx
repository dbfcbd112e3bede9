// Link the document to a case: search by reference or words and phase, pick one, or work without a case.
import {
  Body1,
  Button,
  Field,
  Input,
  makeStyles,
  Select,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';

import { caseRoutes } from '@koberollen/shared/api/cases.contract';
import type { Case } from '@koberollen/shared/domain/case';
import { type Phase, PHASE_LABELS } from '@koberollen/shared/domain/phase';

import { errorText } from '../api/paneClient';
import { useWorkspace } from '../workspaceContext';
import { ErrorLine, Muted, usePaneApi } from './common';
import { PickList } from './PickList';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  linked: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

type Search = { status: 'idle' | 'loading' } | { status: 'error'; error: string } | { status: 'ready'; items: Case[] };

export default function CaseView() {
  const styles = useStyles();
  const api = usePaneApi();
  const { state, updateState } = useWorkspace();
  const [q, setQ] = useState('');
  const [phase, setPhase] = useState<Phase | ''>('');
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const [message, setMessage] = useState<string>();
  const linkedRef = useRef<HTMLParagraphElement>(null);

  const run = async () => {
    setSearch({ status: 'loading' });
    try {
      const query = { q: q.trim() || undefined, phase: phase || undefined, limit: 30 };
      const answer = await api.call(caseRoutes.list, { query });
      setSearch({ status: 'ready', items: answer.data.items });
    } catch (error) {
      setSearch({ status: 'error', error: errorText(error) });
    }
  };

  useEffect(() => {
    void run();
    // The first list shows every case; later searches run on submit.
  }, []);

  const link = async (found: Case | undefined) => {
    await updateState({ caseId: found?.id, caseReference: found?.reference });
    setMessage(found ? `Dokumentet er knyttet til sag ${found.reference}.` : 'Dokumentet er ikke knyttet til en sag.');
    linkedRef.current?.focus();
  };

  return (
    <section className={styles.form}>
      <Subtitle2 as="h2">Knyt dokumentet til en sag</Subtitle2>
      <p ref={linkedRef} tabIndex={-1} className={styles.linked} role="status">
        <Body1>
          {message ?? (state.caseReference ? `Knyttet til sag ${state.caseReference}.` : 'Ikke knyttet til en sag.')}
        </Body1>
        {state.caseId && (
          <Button size="small" onClick={() => void link(undefined)}>
            Arbejd uden sag
          </Button>
        )}
      </p>
      <form
        className={styles.form}
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <Field label="Sagsnummer eller ord fra sagen">
          <Input value={q} onChange={(_, data) => setQ(data.value)} />
        </Field>
        <Field label="Fase">
          <Select value={phase} onChange={(_, data) => setPhase(data.value as Phase | '')}>
            <option value="">Alle faser</option>
            {(Object.keys(PHASE_LABELS) as Phase[]).map((key) => (
              <option key={key} value={key}>
                {PHASE_LABELS[key]}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit">Søg</Button>
      </form>
      {search.status === 'loading' && <Spinner size="small" label="Søger …" />}
      {search.status === 'error' && <ErrorLine>Sagerne kunne ikke hentes: {search.error}</ErrorLine>}
      {search.status === 'ready' && search.items.length === 0 && <Muted>Ingen sager passer på søgningen.</Muted>}
      {search.status === 'ready' && search.items.length > 0 && (
        <PickList
          label="Sager"
          picks={search.items.map((found) => ({
            key: found.id,
            title: (
              <>
                <strong>{found.reference}</strong> – {found.title}
              </>
            ),
            detail: `${PHASE_LABELS[found.phase]}${found.paragraph ? ` · ${found.paragraph}` : ''}`,
            action: (
              <Button
                size="small"
                disabled={found.id === state.caseId}
                onClick={() => void link(found)}
                aria-label={`${found.id === state.caseId ? 'Knyttet' : 'Knyt til dokumentet'}: sag ${found.reference}`}
              >
                {found.id === state.caseId ? 'Knyttet' : 'Knyt til dokumentet'}
              </Button>
            ),
          }))}
        />
      )}
    </section>
  );
}
