// Renders the preview's document: headings, paragraphs, tagged clauses with their fields and comments, and the
// edits a user would make in Word (change a clause's text, delete it, paste a contract).
import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';

import { PlainButton } from '@koberollen/shared/ui/plainButton';
import { PlainTextarea } from '@koberollen/shared/ui/plainControls';

import { clauseTag } from '../document/tags';
import type { Run } from '../document/types';
import { editableText, type PreviewDocument, type PreviewNode } from './previewDocument';

const useStyles = makeStyles({
  root: {
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  page: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXL,
    minHeight: '200px',
    overflowWrap: 'anywhere',
  },
  clause: {
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  selected: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  tracked: { textDecorationLine: 'underline', textDecorationColor: tokens.colorPaletteRedBorder2 },
  tag: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
  field: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    padding: '0 2px',
  },
  comment: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteYellowBorder2}`,
    paddingLeft: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  numbered: {
    listStyleType: 'decimal',
    paddingLeft: tokens.spacingHorizontalXXL,
    '& > li': { display: 'list-item', marginBottom: tokens.spacingVerticalS },
  },
  empty: { color: tokens.colorNeutralForeground3 },
});

function Runs({ runs }: { runs: Run[] }) {
  const styles = useStyles();
  return runs.map((run, i) =>
    run.kind === 'text' ? (
      <span key={i}>{run.text}</span>
    ) : (
      <span key={i} className={styles.field} data-field={run.key} title={run.label}>
        {run.value || `[${run.label}]`}
      </span>
    ),
  );
}

function Comments({ comments }: { comments: string[] }) {
  const styles = useStyles();
  return comments.map((text, i) => (
    <aside key={i} className={styles.comment} aria-label="Kommentar">
      {text}
    </aside>
  ));
}

function ClauseNode({
  node,
  previewDocument,
  selected,
  number,
}: { node: Extract<PreviewNode, { kind: 'clause' }>; number: number } & Shared) {
  const styles = useStyles();
  const [editing, setEditing] = useState<string[]>();
  const { block } = node;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const classes = [styles.clause, selected ? styles.selected : '', node.tracked ? styles.tracked : ''].join(' ');
  return (
    <article ref={ref} className={classes} aria-label={`Klausul: ${block.title}`}>
      <div className={styles.tag}>{clauseTag(block.clauseId, block.version)}</div>
      <h3>{block.title}</h3>
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            previewDocument.editClause(node.id, editing);
            setEditing(undefined);
          }}
        >
          {editing.map((text, i) => (
            <PlainTextarea
              key={i}
              label={`Afsnit ${i + 1} (felter står som {{nøgle}})`}
              value={text}
              onChange={(event) => setEditing(editing.map((t, j) => (j === i ? event.target.value : t)))}
            />
          ))}
          <div className={styles.actions}>
            <PlainButton type="submit" appearance="primary" size="small">
              Gem teksten
            </PlainButton>
            <PlainButton size="small" onClick={() => setEditing(undefined)}>
              Annullér
            </PlainButton>
          </div>
        </form>
      ) : (
        // Numbered on from the clauses before, as Word numbers the contract's list.
        <ol start={number} className={styles.numbered}>
          {block.paragraphs.map((runs, i) => (
            <li key={i}>
              <Runs runs={runs} />
            </li>
          ))}
        </ol>
      )}
      <Comments comments={node.comments} />
      {!editing && (
        <div className={styles.actions}>
          <PlainButton size="small" onClick={() => setEditing(block.paragraphs.map(editableText))}>
            Redigér tekst i {block.title}
          </PlainButton>
          <PlainButton size="small" onClick={() => previewDocument.deleteNode(node.id)}>
            Slet {block.title}
          </PlainButton>
        </div>
      )}
    </article>
  );
}

/** Each node's first paragraph number: the clauses' paragraphs are numbered on through the whole document. */
function firstNumbers(nodes: PreviewNode[]): number[] {
  let next = 1;
  return nodes.map((node) => {
    const first = next;
    if (node.kind === 'clause') next += node.block.paragraphs.length;
    return first;
  });
}

interface Shared {
  previewDocument: PreviewDocument;
  selected: boolean;
}

function Node({ node, number, ...shared }: { node: PreviewNode; number: number } & Shared) {
  if (node.kind === 'clause') return <ClauseNode node={node} number={number} {...shared} />;
  if (node.kind === 'heading') return <h2>{node.text}</h2>;
  return (
    <>
      {node.text && <p>{node.text}</p>}
      <Comments comments={node.comments} />
    </>
  );
}

export function PreviewDocumentView({ previewDocument }: { previewDocument: PreviewDocument }) {
  const styles = useStyles();
  const model = useSyncExternalStore(previewDocument.subscribe, previewDocument.getModel);
  const [pasted, setPasted] = useState('');
  const numbers = firstNumbers(model.nodes);
  return (
    <section className={styles.root} aria-label="Dokumentet (forhåndsvisning)">
      <div className={styles.page}>
        {model.nodes.length === 0 && <p className={styles.empty}>Dokumentet er tomt.</p>}
        {model.nodes.map((node, i) => (
          <Node
            key={node.id}
            node={node}
            number={numbers[i]!}
            previewDocument={previewDocument}
            selected={node.id === model.selected}
          />
        ))}
      </div>
      <form
        className={styles.root}
        aria-label="Indsæt tekst"
        onSubmit={(event) => {
          event.preventDefault();
          previewDocument.pasteText(pasted);
          setPasted('');
        }}
      >
        <PlainTextarea
          label="Indsæt tekst i dokumentet, fx en kontrakt leverandøren har skrevet"
          value={pasted}
          rows={4}
          onChange={(event) => setPasted(event.target.value)}
        />
        <div className={styles.actions}>
          <PlainButton type="submit" disabled={!pasted.trim()}>
            Indsæt teksten
          </PlainButton>
          <PlainButton onClick={() => previewDocument.clear()} disabled={model.nodes.length === 0}>
            Tøm dokumentet
          </PlainButton>
        </div>
      </form>
    </section>
  );
}
