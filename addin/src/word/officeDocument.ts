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
  type Run,
} from '../document/types';
import type { WordRequirements } from './requirements';

/** `Word.run` as the adapter uses it; tests pass a fake context. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

/** Document settings (`Office.context.document.settings`): small JSON that travels with the file. */
export type SettingsLike = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>;

const STATE_KEY = 'koberollen';

/** Anything we can insert a paragraph after: the selection, a paragraph or a content control. */
type Anchor = Pick<Word.Range, 'insertParagraph'>;

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

/** Queues a clause after the anchor: its title as Heading 3 wrapped in a rich-text control, its paragraphs inside. */
function queueClause(anchor: Anchor, block: ClauseBlock, requirements: WordRequirements): Word.ContentControl {
  const title = anchor.insertParagraph(block.title, 'After');
  title.styleBuiltIn = 'Heading3';
  const control = title.insertContentControl(withType(requirements, 'RichText'));
  tagClause(control, block);
  for (const runs of block.paragraphs) {
    const paragraph = control.insertParagraph('', 'End');
    paragraph.styleBuiltIn = 'Normal';
    writeRuns(paragraph, runs, requirements);
  }
  return control;
}

function queueBlocks(start: Anchor, blocks: Block[], requirements: WordRequirements) {
  let anchor = start;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      const heading = anchor.insertParagraph(block.text, 'After');
      heading.styleBuiltIn = block.level === 1 ? 'Heading1' : 'Heading2';
      anchor = heading;
    } else {
      anchor = queueClause(anchor, block.clause, requirements);
    }
  }
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

  const insertBlocks: ContractDocument['insertBlocks'] = (blocks, options = {}) =>
    run(async (context) => {
      const tracked = options.tracked === true && features.trackedChanges;
      const document = context.document;
      if (tracked) document.load('changeTrackingMode');
      if (tracked) await context.sync();
      const previous = tracked ? document.changeTrackingMode : undefined;
      if (tracked) document.changeTrackingMode = 'TrackAll';
      queueBlocks(document.getSelection(), blocks, requirements);
      if (previous !== undefined) document.changeTrackingMode = previous;
      await context.sync();
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
      await context.sync();
      let replaced = 0;
      for (const control of controls.items) {
        const tag = parseTag(control.tag);
        const block = tag?.kind === 'clause' ? blocks.find((b) => b.clauseId === tag.clauseId) : undefined;
        if (!block) continue;
        control.cannotDelete = false;
        control.insertText(block.title, 'Replace');
        tagClause(control, block);
        for (const runs of block.paragraphs) writeRuns(control.insertParagraph('', 'End'), runs, requirements);
        replaced++;
      }
      if (replaced > 0) await context.sync();
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
