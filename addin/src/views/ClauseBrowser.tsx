// Browse published clauses: words, topic and legal paragraph; preview one with its guidance and insert it.
import { Body1, Button, Field, Input, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';

import type { ClauseVersion } from '@koberollen/shared/domain/clause';
import { normalizeClauseText } from '@koberollen/shared/rules/textHash';
import { topicNamer } from '@koberollen/shared/rules/topicNames';

import { clauseBlock } from '../document/build';
import type { LoadedLibrary } from '../library/libraryStore';
import { useWorkspace } from '../workspaceContext';
import { ErrorLine, Muted } from './common';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // A native select is as wide as its longest option (a topic's name) unless told to fit the narrow pane.
    '& select': { minWidth: 0, width: '100%' },
  },
  list: {
    listStyleType: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  preview: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  para: { margin: 0 },
  pick: { justifyContent: 'flex-start', textAlign: 'left' },
});

const words = (text: string) => normalizeClauseText(text).toLowerCase().split(' ').filter(Boolean);

export function ClauseBrowser({
  loaded,
  onInsert,
}: {
  loaded: LoadedLibrary;
  onInsert: (v: ClauseVersion) => Promise<void>;
}) {
  const styles = useStyles();
  const { contractDocument } = useWorkspace();
  const [q, setQ] = useState('');
  const [topic, setTopic] = useState('');
  const [paragraph, setParagraph] = useState('');
  const [open, setOpen] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const versions = useMemo(
    () => loaded.library.clauses.flatMap((clause) => loaded.index.version(clause.id) ?? []),
    [loaded],
  );
  const nameOf = topicNamer(loaded.library.topics);
  const topics = [...new Set(versions.map((v) => v.topic))]
    .map((key) => ({ key, name: nameOf(key) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const paragraphs = [...new Set(versions.flatMap((v) => v.applicability.paragraphs))].sort();
  const wanted = words(q);
  const matches = versions.filter((v) => {
    const haystack = normalizeClauseText(
      [v.title, v.guidance, ...v.recognitionPhrases, ...v.paragraphs.map((p) => p.text)].join(' '),
    ).toLowerCase();
    return (
      wanted.every((word) => haystack.includes(word)) &&
      (!topic || v.topic === topic) &&
      (!paragraph || v.applicability.paragraphs.includes(paragraph))
    );
  });
  const selected = versions.find((v) => v.clauseId === open);

  const act = async (action: () => Promise<unknown>, done: string) => {
    setError(undefined);
    try {
      await action();
      setStatus(done);
      statusRef.current?.focus();
    } catch {
      setError('Dokumentet kunne ikke ændres. Prøv igen.');
    }
  };

  return (
    <section className={styles.root} aria-labelledby="clauses-heading">
      <Subtitle2 as="h2" id="clauses-heading">
        Klausuler
      </Subtitle2>
      <Field label="Søg i klausuler">
        <Input value={q} onChange={(_, data) => setQ(data.value)} />
      </Field>
      <Field label="Emne">
        <Select value={topic} onChange={(_, data) => setTopic(data.value)}>
          <option value="">Alle emner</option>
          {topics.map((t) => (
            <option key={t.key} value={t.key}>
              {t.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Paragraf">
        <Select value={paragraph} onChange={(_, data) => setParagraph(data.value)}>
          <option value="">Alle paragraffer</option>
          {paragraphs.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </Select>
      </Field>
      <p ref={statusRef} tabIndex={-1} role="status" className={styles.para}>
        {status}
      </p>
      {error && <ErrorLine>{error}</ErrorLine>}
      {matches.length === 0 && <Muted>Ingen offentliggjorte klausuler passer på søgningen.</Muted>}
      <ul className={styles.list} aria-label="Klausuler">
        {matches.map((v) => (
          <li key={v.clauseId}>
            <Button
              className={styles.pick}
              appearance="subtle"
              size="small"
              aria-expanded={open === v.clauseId}
              onClick={() => setOpen(open === v.clauseId ? undefined : v.clauseId)}
            >
              {v.title} (version {v.version})
            </Button>
            {selected?.clauseId === v.clauseId && (
              <div className={styles.preview}>
                {clauseBlock(v).paragraphs.map((runs, i) => (
                  <Body1 as="p" key={i} className={styles.para}>
                    {runs.map((run) => (run.kind === 'text' ? run.text : `[${run.label}]`)).join('')}
                  </Body1>
                ))}
                {v.guidance && (
                  <Body1 as="p" className={styles.para}>
                    <strong>Vejledning:</strong> {v.guidance}
                  </Body1>
                )}
                <div className={styles.actions}>
                  <Button
                    size="small"
                    appearance="primary"
                    onClick={() => void act(() => onInsert(v), `${v.title} er indsat.`)}
                  >
                    Indsæt ved markøren
                  </Button>
                  {contractDocument.features.comments && v.guidance && (
                    <Button
                      size="small"
                      onClick={() =>
                        void act(
                          () => contractDocument.addGuidanceComments([{ clauseId: v.clauseId, text: v.guidance }]),
                          `Vejledningen er tilføjet som kommentar til ${v.title}, hvor klausulen står i dokumentet.`,
                        )
                      }
                    >
                      Vejledning som kommentar
                    </Button>
                  )}
                </div>
                {!contractDocument.features.comments && (
                  <Muted>Denne udgave af Word understøtter ikke kommentarer, så vejledningen vises kun her.</Muted>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
