// The contract document in Word through office.js: every user action is one Word.run with at most two syncs; inserting
// a clause into a document whose numbering the pane already knows is one.
import { clauseTag, GUIDANCE_PREFIX, parseTag } from '../document/tags';
import {
  type ClauseBlock,
  type ContractDocument,
  type DocumentSnapshot,
  type DocumentState,
  EMPTY_STATE,
  type GuidanceComment,
} from '../document/types';
import { createInsertBlocks, type WordRun } from './insertBlocks';
import { attachAll, NumberingMemory, startList } from './numbering';
import type { WordRequirements } from './requirements';
import { queueParagraphs, tagClause } from './writeBlocks';

export type { WordRun } from './insertBlocks';

/** Document settings (`Office.context.document.settings`): small JSON that travels with the file. */
export type SettingsLike = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>;

const STATE_KEY = 'koberollen';

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
  const numbering = new NumberingMemory();
  const insertBlocks = createInsertBlocks(run, requirements, numbering);

  // One sync, or two when the document holds our clauses. The lists' ids come along at no extra sync: the document's
  // first list with the controls, each clause's list with its fields, for the insertions that follow a review.
  const readSnapshot = () =>
    run(async (context): Promise<DocumentSnapshot> => {
      const body = context.document.body;
      body.load('text');
      const controls = loadControls(context, true);
      const documentList = body.lists.getFirstOrNullObject();
      documentList.load('id');
      await context.sync();
      numbering.readDocumentList(documentList);
      const tagged = controls.items.map((control) => ({ control, tag: parseTag(control.tag) }));
      const clauses = tagged.flatMap(({ control, tag }) => (tag?.kind === 'clause' ? [{ control, tag }] : []));
      const fields = tagged.flatMap(({ control, tag }) =>
        tag?.kind === 'field' ? [{ key: tag.key, text: control.text }] : [],
      );
      const inner = clauses.map(({ control }) => {
        const nested = control.contentControls;
        nested.load('items/tag,items/text');
        const list = control.paragraphs.getLast().listOrNullObject;
        list.load('id');
        return { nested, list };
      });
      if (inner.length > 0) await context.sync();
      numbering.readClauseLists(
        clauses.map(({ tag }, i) => ({ tag: clauseTag(tag.clauseId, tag.version), list: inner[i]!.list })),
      );
      return {
        text: body.text,
        fields,
        clauses: clauses.map(({ control, tag }, i) => ({
          clauseId: tag.clauseId,
          version: tag.version,
          text: control.text,
          fieldTexts: inner[i]!.nested.items.filter((c) => parseTag(c.tag)?.kind === 'field').map((c) => c.text),
        })),
      };
    });

  const replaceClauses: ContractDocument['replaceClauses'] = (blocks) =>
    run(async (context) => {
      const controls = loadControls(context, false);
      const list = context.document.body.lists.getFirstOrNullObject();
      list.load('id');
      await context.sync();
      numbering.readDocumentList(list);
      const numbered: Word.Paragraph[] = [];
      const written: ClauseBlock[] = [];
      for (const control of controls.items) {
        const tag = parseTag(control.tag);
        const block = tag?.kind === 'clause' ? blocks.find((b) => b.clauseId === tag.clauseId) : undefined;
        if (!block) continue;
        control.cannotDelete = false;
        control.insertText(block.title, 'Replace');
        tagClause(control, block);
        numbered.push(...queueParagraphs(control, block, requirements));
        written.push(block);
      }
      // Into the document's list at once; a document without one gets a new list, numbered after a third sync.
      const [first, ...rest] = numbered;
      const fresh = list.isNullObject && first ? startList(first) : undefined;
      if (!list.isNullObject) attachAll(numbered, list.id);
      if (written.length > 0) await context.sync();
      if (fresh && rest.length > 0) {
        attachAll(rest, fresh.id);
        await context.sync();
      }
      if (fresh) numbering.documentListIs(fresh.id);
      const listId = fresh ? fresh.id : list.isNullObject ? undefined : list.id;
      if (listId !== undefined) numbering.joined(listId, written);
      return written.length;
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
