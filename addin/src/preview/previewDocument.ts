// The document outside Word: an in-page model of headings, paragraphs, tagged clauses and fields, with its own edits.
import { GUIDANCE_PREFIX } from '../document/tags';
import { clausePlainText } from '../document/text';
import {
  type Block,
  type ClauseBlock,
  type ContractDocument,
  type DocumentState,
  EMPTY_STATE,
  type InsertPosition,
  type Run,
} from '../document/types';

export type PreviewNode =
  | { kind: 'heading'; id: number; text: string }
  | { kind: 'paragraph'; id: number; text: string; comments: string[] }
  | {
      kind: 'clause';
      id: number;
      block: ClauseBlock;
      /** Inserted while tracking changes: shown as a proposal. */
      tracked: boolean;
      comments: string[];
    };

export interface PreviewModel {
  nodes: PreviewNode[];
  /** The node the cursor is in (the last one a "go to" selected); insertions go after it, else at the end. */
  selected?: number;
}

const FIELD_MARK = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** A clause paragraph as the preview's editor shows it: field values as `{{key}}` marks, so fields survive edits. */
export function editableText(runs: Run[]): string {
  return runs.map((run) => (run.kind === 'text' ? run.text : `{{${run.key}}}`)).join('');
}

/** Reads an edited paragraph back: `{{key}}` marks become the clause's fields again, with their values. */
export function parseEditedText(text: string, known: Run[][]): Run[] {
  const fields = new Map(known.flat().flatMap((run) => (run.kind === 'field' ? [[run.key, run] as const] : [])));
  const runs: Run[] = [];
  let at = 0;
  for (const match of text.matchAll(FIELD_MARK)) {
    if (match.index > at) runs.push({ kind: 'text', text: text.slice(at, match.index) });
    const key = match[1]!;
    runs.push(fields.get(key) ?? { kind: 'field', key, label: key, value: '' });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ kind: 'text', text: text.slice(at) });
  return runs;
}

function nodeText(node: PreviewNode): string {
  return node.kind === 'clause' ? clausePlainText(node.block) : node.text;
}

/** The preview's document: a ContractDocument plus the edits a user makes by hand, observable by React. */
export interface PreviewDocument extends ContractDocument {
  subscribe: (listener: () => void) => () => void;
  getModel: () => PreviewModel;
  deleteNode(id: number): void;
  editClause(id: number, paragraphs: string[]): void;
  /** Adds pasted text as plain paragraphs, one per non-empty line. */
  pasteText(text: string): void;
  clear(): void;
}

export function createPreviewDocument(): PreviewDocument {
  let model: PreviewModel = { nodes: [] };
  let state: DocumentState = EMPTY_STATE;
  let nextId = 1;
  const listeners = new Set<() => void>();
  const commit = (next: PreviewModel) => {
    model = next;
    for (const listener of listeners) listener();
  };
  const mapClauses = (change: (node: Extract<PreviewNode, { kind: 'clause' }>) => PreviewNode) =>
    model.nodes.map((node) => (node.kind === 'clause' ? change(node) : node));

  const toNode = (block: Block, tracked: boolean): PreviewNode =>
    block.kind === 'heading'
      ? { kind: 'heading', id: nextId++, text: block.text }
      : { kind: 'clause', id: nextId++, block: block.clause, tracked, comments: [] };

  /** The index to insert at: after the cursor (the end when nothing is selected), or beside a clause. */
  const indexOf = (position: InsertPosition): number => {
    if (position.at === 'start') return 0;
    const at =
      position.at === 'cursor'
        ? model.nodes.findIndex((node) => node.id === model.selected)
        : model.nodes.findIndex(
            (node) =>
              node.kind === 'clause' &&
              node.block.clauseId === position.clauseId &&
              node.block.version === position.version,
          );
    if (at < 0) return position.at === 'cursor' ? model.nodes.length : 0;
    return position.at === 'before' ? at : at + 1;
  };

  const insertAt = (nodes: PreviewNode[], position: InsertPosition = { at: 'cursor' }) => {
    const index = indexOf(position);
    commit({
      nodes: [...model.nodes.slice(0, index), ...nodes, ...model.nodes.slice(index)],
      selected: model.selected,
    });
  };

  const document: PreviewDocument = {
    kind: 'preview',
    features: { comments: true, trackedChanges: true },
    insertBlocks(blocks, options = {}) {
      insertAt(
        blocks.map((block) => toNode(block, options.tracked === true)),
        options.position,
      );
      return Promise.resolve();
    },
    readSnapshot() {
      const clauses = model.nodes.flatMap((node) => (node.kind === 'clause' ? [node.block] : []));
      const fieldsOf = (block: ClauseBlock) =>
        block.paragraphs.flat().flatMap((run) => (run.kind === 'field' ? [{ key: run.key, text: run.value }] : []));
      return Promise.resolve({
        clauses: clauses.map((block) => ({
          clauseId: block.clauseId,
          version: block.version,
          text: clausePlainText(block),
          fieldTexts: fieldsOf(block).map((field) => field.text),
        })),
        fields: clauses.flatMap(fieldsOf),
        text: model.nodes.map(nodeText).join('\n'),
      });
    },
    replaceClauses(blocks) {
      let replaced = 0;
      commit({
        ...model,
        nodes: mapClauses((node) => {
          const block = blocks.find((b) => b.clauseId === node.block.clauseId);
          if (!block) return node;
          replaced++;
          return { ...node, block, comments: [] };
        }),
      });
      return Promise.resolve(replaced);
    },
    fillFields(values) {
      let filled = 0;
      const fill = (run: Run): Run => {
        const value = run.kind === 'field' ? values[run.key] : undefined;
        if (run.kind !== 'field' || value === undefined || value === '') return run;
        filled++;
        return { ...run, value };
      };
      commit({
        ...model,
        nodes: mapClauses((node) => ({
          ...node,
          block: { ...node.block, paragraphs: node.block.paragraphs.map((runs) => runs.map(fill)) },
        })),
      });
      return Promise.resolve(filled);
    },
    goTo(target) {
      const node = model.nodes.find((n) =>
        n.kind !== 'clause'
          ? false
          : 'clauseId' in target
            ? n.block.clauseId === target.clauseId
            : n.block.paragraphs.flat().some((run) => run.kind === 'field' && run.key === target.fieldKey),
      );
      if (node) commit({ ...model, selected: node.id });
      return Promise.resolve(node !== undefined);
    },
    addGuidanceComments(comments) {
      let added = 0;
      commit({
        ...model,
        nodes: mapClauses((node) => {
          const comment = comments.find((c) => c.clauseId === node.block.clauseId);
          if (!comment) return node;
          added++;
          return { ...node, comments: [...node.comments, GUIDANCE_PREFIX + comment.text] };
        }),
      });
      return Promise.resolve(added);
    },
    addCommentAtCursor(text) {
      const at = model.nodes.findIndex((node) => node.id === model.selected);
      const target = model.nodes[at < 0 ? model.nodes.length - 1 : at];
      if (target && target.kind !== 'heading') {
        commit({
          ...model,
          nodes: model.nodes.map((n) => (n === target ? { ...target, comments: [...target.comments, text] } : n)),
        });
      } else {
        insertAt([{ kind: 'paragraph', id: nextId++, text: '', comments: [text] }]);
      }
      return Promise.resolve();
    },
    removeGuidanceComments() {
      let removed = 0;
      const keep = (comments: string[]) => {
        const kept = comments.filter((text) => !text.startsWith(GUIDANCE_PREFIX));
        removed += comments.length - kept.length;
        return kept;
      };
      commit({
        ...model,
        nodes: model.nodes.map((node) => (node.kind === 'heading' ? node : { ...node, comments: keep(node.comments) })),
      });
      return Promise.resolve(removed);
    },
    readState: () => Promise.resolve(state),
    writeState(next) {
      state = next;
      return Promise.resolve();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getModel: () => model,
    deleteNode(id) {
      commit({ nodes: model.nodes.filter((node) => node.id !== id), selected: undefined });
    },
    editClause(id, paragraphs) {
      commit({
        ...model,
        nodes: mapClauses((node) =>
          node.id !== id
            ? node
            : {
                ...node,
                block: {
                  ...node.block,
                  paragraphs: paragraphs.map((text) => parseEditedText(text, node.block.paragraphs)),
                },
              },
        ),
      });
    },
    pasteText(text) {
      const lines = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
      insertAt(lines.map((line) => ({ kind: 'paragraph', id: nextId++, text: line, comments: [] })));
    },
    clear() {
      commit({ nodes: [] });
    },
  };
  return document;
}
