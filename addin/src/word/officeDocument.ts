// The contract document in Word through office.js: every user action is one Word.run with at most two syncs.
import { clauseTag, fieldTag, GUIDANCE_PREFIX, parseTag } from '../document/tags';
import {
  type Block,
  type ClauseBlock,
  type ContractDocument,
  type DocumentSnapshot,
  type DocumentState,
  EMPTY_STATE,
  type GuidanceComment,
  type InsertPosition,
  type Run,
} from '../document/types';
import type { WordRequirements } from './requirements';

/** `Word.run` as the adapter uses it; tests pass a fake context. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** Document settings (`Office.context.document.settings`): small JSON that travels with the file. */
export type SettingsLike = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>;

const STATE_KEY = 'koberollen';

/** Anything we can insert a paragraph after: a paragraph or a content control. */
type Anchor = Pick<Word.Paragraph | Word.ContentControl, 'insertParagraph'>;

/** Where the first block goes, and the list whose numbering the inserted paragraphs continue. */
interface Target {
  insertFirst: (text: string) => Word.Paragraph;
  /** The neighbouring clause's list, else the document's first; a null object when the document has none. */
  list: Word.List;
}

function targetOf(context: Word.RequestContext, position: InsertPosition): Target {
  const body = context.document.body;
  if (position.at === 'start') {
    return { insertFirst: (text) => body.insertParagraph(text, 'Start'), list: body.lists.getFirstOrNullObject() };
  }
  if (position.at === 'cursor') {
    // After the cursor's paragraph, not its range: Word refuses a built-in style on a paragraph inserted from a
    // range (office-js#1656).
    const paragraph = context.document.getSelection().paragraphs.getLast();
    return { insertFirst: (text) => paragraph.insertParagraph(text, 'After'), list: body.lists.getFirstOrNullObject() };
  }
  const control = body.contentControls.getByTag(clauseTag(position.clauseId, position.version)).getFirst();
  const location = position.at === 'after' ? 'After' : 'Before';
  return {
    insertFirst: (text) => control.insertParagraph(text, location),
    list: control.paragraphs.getLast().listOrNullObject,
  };
}

function withType(requirements: WordRequirements, type: 'RichText' | 'PlainText') {
  // An explicit type needs WordApi 1.5; older hosts create rich text, which still holds text and a tag.
  return requirements.typedControls ? type : undefined;
}

function writeRuns(paragraph: Word.Paragraph, runs: Run[], requirements: WordRequirements) {
  for (const run of runs) {
    const range = paragraph.insertText(run.kind === 'text' ? run.text : run.value, 'End');
    if (run.kind === 'field') {
      const control = range.insertContentControl(withType(requirements, 'PlainText'));
      control.tag = fieldTag(run.key);
      control.title = run.label;
      control.placeholderText = run.label;
    }
  }
}

function tagClause(control: Word.ContentControl, block: ClauseBlock) {
  control.tag = clauseTag(block.clauseId, block.version);
  control.title = block.title;
  // Deleting a clause by accident shows up in the review; locking the text misbehaves across hosts, so it stays open.
  control.cannotDelete = true;
  control.cannotEdit = false;
}

/** Queues a clause's paragraphs at the end of its control; answers them, to be numbered. */
function queueParagraphs(control: Word.ContentControl, block: ClauseBlock, requirements: WordRequirements) {
  return block.paragraphs.map((runs) => {
    const paragraph = control.insertParagraph('', 'End');
    writeRuns(paragraph, runs, requirements);
    return paragraph;
  });
}

/** Queues every block from the target; answers the clause paragraphs, in order, to be numbered. */
function queueBlocks(target: Target, blocks: Block[], requirements: WordRequirements): Word.Paragraph[] {
  let anchor: Anchor | undefined;
  const numbered: Word.Paragraph[] = [];
  for (const block of blocks) {
    const text = block.kind === 'heading' ? block.text : block.clause.title;
    const heading = anchor ? anchor.insertParagraph(text, 'After') : target.insertFirst(text);
    // Built-in style names, the same in every UI language (the localized names are not).
    heading.styleBuiltIn = block.kind === 'heading' ? 'Heading1' : 'Heading2';
    if (block.kind === 'heading') {
      anchor = heading;
      continue;
    }
    const control = heading.insertContentControl(withType(requirements, 'RichText'));
    tagClause(control, block.clause);
    numbered.push(...queueParagraphs(control, block.clause, requirements));
    anchor = control;
  }
  return numbered;
}

/**
 * Numbers the paragraphs the way the rest of the contract is numbered. Word's built-in style names have no List
 * Number, and its localized name differs by UI language, so the paragraphs join a list instead: the document's
 * (`existing`, loaded), else a new one started on the first paragraph (`fresh`, its id loaded).
 */
function attachNumbering(paragraphs: Word.Paragraph[], existing: Word.List, fresh: Word.List | undefined) {
  const [first, ...rest] = paragraphs;
  if (!first) return;
  if (!existing.isNullObject) {
    if (fresh) first.detachFromList();
    first.attachToList(existing.id, 0);
  }
  const list = existing.isNullObject ? fresh : existing;
  if (list) for (const paragraph of rest) paragraph.attachToList(list.id, 0);
}

function startList(paragraphs: Word.Paragraph[]): Word.List | undefined {
  const first = paragraphs[0];
  if (!first) return undefined;
  for (const paragraph of paragraphs) paragraph.styleBuiltIn = 'ListParagraph';
  const fresh = first.startNewList();
  fresh.setLevelNumbering(0, 'Arabic', [0, '.']);
  fresh.load('id');
  return fresh;
}

/** Loads every content control's tag (and text when asked): the first sync of most actions. */
function loadControls(context: Word.RequestContext, withText: boolean) {
  const controls = context.document.body.contentControls;
  controls.load(withText ? 'items/tag,items/text' : 'items/tag');
  return controls;
}

export function createOfficeDocument(
  run: WordRun,
  settings: SettingsLike,
  requirements: WordRequirements,
): ContractDocument {
  const features = { comments: requirements.comments, trackedChanges: requirements.trackedChanges };

  // Two syncs: the writes with a new list and the neighbour's list read, then the numbering (three when tracked: the
  // tracking mode is read first, to be restored).
  const insertBlocks: ContractDocument['insertBlocks'] = (blocks, options = {}) =>
    run(async (context) => {
      const tracked = options.tracked === true && features.trackedChanges;
      const document = context.document;
      if (tracked) document.load('changeTrackingMode');
      if (tracked) await context.sync();
      const previous = tracked ? document.changeTrackingMode : undefined;
      if (tracked) document.changeTrackingMode = 'TrackAll';
      const target = targetOf(context, options.position ?? { at: 'cursor' });
      target.list.load('id');
      const numbered = queueBlocks(target, blocks, requirements);
      const fresh = startList(numbered);
      await context.sync();
      attachNumbering(numbered, target.list, fresh);
      if (previous !== undefined) document.changeTrackingMode = previous;
      if (numbered.length > 0 || previous !== undefined) await context.sync();
    });

  const readSnapshot = () =>
    run(async (context): Promise<DocumentSnapshot> => {
      const body = context.document.body;
      body.load('text');
      const controls = loadControls(context, true);
      await context.sync();
      const tagged = controls.items.map((control) => ({ control, tag: parseTag(control.tag) }));
      const clauses = tagged.flatMap(({ control, tag }) => (tag?.kind === 'clause' ? [{ control, tag }] : []));
      const fields = tagged.flatMap(({ control, tag }) =>
        tag?.kind === 'field' ? [{ key: tag.key, text: control.text }] : [],
      );
      const inner = clauses.map(({ control }) => {
        const nested = control.contentControls;
        nested.load('items/tag,items/text');
        return nested;
      });
      if (inner.length > 0) await context.sync();
      return {
        text: body.text,
        fields,
        clauses: clauses.map(({ control, tag }, i) => ({
          clauseId: tag.clauseId,
          version: tag.version,
          text: control.text,
          fieldTexts: inner[i]!.items.filter((c) => parseTag(c.tag)?.kind === 'field').map((c) => c.text),
        })),
      };
    });

  const replaceClauses: ContractDocument['replaceClauses'] = (blocks) =>
    run(async (context) => {
      const controls = loadControls(context, false);
      const list = context.document.body.lists.getFirstOrNullObject();
      list.load('id');
      await context.sync();
      let replaced = 0;
      const numbered: Word.Paragraph[] = [];
      for (const control of controls.items) {
        const tag = parseTag(control.tag);
        const block = tag?.kind === 'clause' ? blocks.find((b) => b.clauseId === tag.clauseId) : undefined;
        if (!block) continue;
        control.cannotDelete = false;
        control.insertText(block.title, 'Replace');
        tagClause(control, block);
        numbered.push(...queueParagraphs(control, block, requirements));
        replaced++;
      }
      // Into the document's list at once; a document without one gets a new list, numbered after a third sync.
      const fresh = list.isNullObject ? startList(numbered) : undefined;
      if (!fresh) attachNumbering(numbered, list, undefined);
      if (replaced > 0) await context.sync();
      if (fresh && numbered.length > 1) {
        attachNumbering(numbered, list, fresh);
        await context.sync();
      }
      return replaced;
    });

  const fillFields: ContractDocument['fillFields'] = (values) =>
    run(async (context) => {
      const controls = loadControls(context, false);
      await context.sync();
      let filled = 0;
      for (const control of controls.items) {
        const tag = parseTag(control.tag);
        const value = tag?.kind === 'field' ? values[tag.key] : undefined;
        if (value === undefined || value === '') continue;
        control.insertText(value, 'Replace');
        filled++;
      }
      if (filled > 0) await context.sync();
      return filled;
    });

  const goTo: ContractDocument['goTo'] = (target) =>
    run(async (context) => {
      const controls = loadControls(context, false);
      await context.sync();
      const match = controls.items.find((control) => {
        const tag = parseTag(control.tag);
        return 'clauseId' in target
          ? tag?.kind === 'clause' && tag.clauseId === target.clauseId
          : tag?.kind === 'field' && tag.key === target.fieldKey;
      });
      if (!match) return false;
      match.select();
      await context.sync();
      return true;
    });

  const addGuidanceComments = (comments: GuidanceComment[]) =>
    run(async (context) => {
      if (!features.comments) return 0;
      const controls = loadControls(context, false);
      await context.sync();
      let added = 0;
      for (const control of controls.items) {
        const tag = parseTag(control.tag);
        const comment = tag?.kind === 'clause' ? comments.find((c) => c.clauseId === tag.clauseId) : undefined;
        if (!comment) continue;
        control.getRange('Whole').insertComment(GUIDANCE_PREFIX + comment.text);
        added++;
      }
      if (added > 0) await context.sync();
      return added;
    });

  const addCommentAtCursor = (text: string) =>
    run(async (context) => {
      context.document.getSelection().insertComment(text);
      await context.sync();
    });

  const removeGuidanceComments = () =>
    run(async (context) => {
      if (!features.comments) return 0;
      const comments = context.document.body.getComments();
      comments.load('items/content');
      await context.sync();
      const ours = comments.items.filter((comment) => comment.content.startsWith(GUIDANCE_PREFIX));
      for (const comment of ours) comment.delete();
      if (ours.length > 0) await context.sync();
      return ours.length;
    });

  const readState = () => {
    const stored: unknown = settings.get(STATE_KEY);
    return Promise.resolve(isState(stored) ? stored : EMPTY_STATE);
  };

  const writeState = (state: DocumentState) =>
    new Promise<void>((resolve, reject) => {
      settings.set(STATE_KEY, state);
      settings.saveAsync((result: Office.AsyncResult<void>) =>
        String(result.status) === 'succeeded'
          ? resolve()
          : reject(new Error(result.error?.message ?? 'Dokumentets indstillinger kunne ikke gemmes')),
      );
    });

  return {
    kind: 'word',
    features,
    insertBlocks,
    readSnapshot,
    replaceClauses,
    fillFields,
    goTo,
    addGuidanceComments,
    addCommentAtCursor,
    removeGuidanceComments,
    readState,
    writeState,
  };
}

function isState(value: unknown): value is DocumentState {
  return typeof value === 'object' && value !== null && Array.isArray((value as { checked?: unknown }).checked);
}
