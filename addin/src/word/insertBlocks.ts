// Inserting blocks into Word: one sync when the list the clauses continue is known, two when it must be read first.
import type { Block, ContractDocument, InsertPosition } from '../document/types';
import { attachAll, isItemNotFound, type NumberingMemory, startList } from './numbering';
import type { WordRequirements } from './requirements';
import { clausesOf, queueBlocks, targetOf } from './writeBlocks';

/** `Word.run` as the adapter uses it; tests pass a fake context. */
export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export function createInsertBlocks(
  run: WordRun,
  requirements: WordRequirements,
  numbering: NumberingMemory,
): ContractDocument['insertBlocks'] {
  /**
   * One sync: the writes, numbered in a list whose id is known (or none when nothing is numbered). The list is looked
   * up first in the batch. Word runs a batch's commands in order and none after one that fails (see
   * `OfficeExtension.Error.traceMessages`), so a list removed since its id was learned fails the lookup with
   * ItemNotFound before anything is written. A missing neighbour clause fails the same way, at the first write.
   */
  const insertKnown = (listId: number | undefined, blocks: Block[], position: InsertPosition) =>
    run(async (context) => {
      if (listId !== undefined) context.document.body.lists.getById(listId).load('id');
      const numbered = queueBlocks(targetOf(context, position), blocks, requirements);
      if (listId !== undefined) attachAll(numbered, listId);
      await context.sync();
    });

  /**
   * Two syncs, when no list id is known (the first clause into a document, or a remembered list that is gone): the
   * writes, the target's list read, and a new list started on the first paragraph; then every paragraph joins the
   * target's list, or the new one when the document has none. Answers the list the paragraphs joined.
   */
  const insertLearning = (blocks: Block[], position: InsertPosition) =>
    run(async (context) => {
      const target = targetOf(context, position);
      const existing = target.list();
      existing.load('id');
      const numbered = queueBlocks(target, blocks, requirements);
      const [first, ...rest] = numbered;
      const fresh = first ? startList(first) : undefined;
      await context.sync();
      if (!first || !fresh) return undefined;
      if (existing.isNullObject) {
        attachAll(rest, fresh.id);
        if (rest.length > 0) await context.sync();
        return fresh.id;
      }
      first.detachFromList();
      attachAll(numbered, existing.id);
      await context.sync();
      return existing.id;
    });

  /**
   * A proposal as a tracked change. The tracking mode is read first, to be restored after, and the target's list is
   * read with it, so this costs one sync more than an untracked insertion: two, or three when the document has no list
   * yet and the clause has more than one paragraph (the new list's id is needed by the others).
   */
  const insertTracked = (blocks: Block[], position: InsertPosition) =>
    run(async (context) => {
      const document = context.document;
      document.load('changeTrackingMode');
      const target = targetOf(context, position);
      const existing = target.list();
      existing.load('id');
      await context.sync();
      const previous = document.changeTrackingMode;
      document.changeTrackingMode = 'TrackAll';
      try {
        const numbered = queueBlocks(target, blocks, requirements);
        const [first, ...rest] = numbered;
        const listId = existing.isNullObject ? undefined : existing.id;
        const fresh = listId === undefined && first ? startList(first) : undefined;
        if (listId !== undefined) attachAll(numbered, listId);
        else if (fresh && rest.length > 0) {
          await context.sync();
          attachAll(rest, fresh.id);
        }
        document.changeTrackingMode = previous;
        await context.sync();
        return listId ?? fresh?.id;
      } catch (error) {
        // Leave the user's tracking mode as it was, whatever failed.
        document.changeTrackingMode = previous;
        await context.sync().catch(() => undefined);
        throw error;
      }
    });

  return async (blocks, options = {}) => {
    const position = options.position ?? { at: 'cursor' };
    const clauses = clausesOf(blocks);
    const remember = (listId: number | undefined) => {
      if (listId === undefined) return;
      // At the cursor or the start the list joined is the document's first: the one read there, or a new one.
      if (position.at === 'cursor' || position.at === 'start') numbering.documentListIs(listId);
      numbering.joined(listId, clauses);
    };
    if (options.tracked === true && requirements.trackedChanges) return remember(await insertTracked(blocks, position));
    if (!clauses.some((clause) => clause.paragraphs.length > 0)) return insertKnown(undefined, blocks, position);
    const known = numbering.listAt(position);
    if (known === undefined) return remember(await insertLearning(blocks, position));
    try {
      await insertKnown(known, blocks, position);
      return remember(known);
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
      // Nothing was written (see insertKnown); read the lists again: one failed sync and the two of insertLearning.
      numbering.forget(known);
      return remember(await insertLearning(blocks, position));
    }
  };
}
