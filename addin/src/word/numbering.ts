// Numbering the clause paragraphs in the document's list, and the list ids the adapter remembers for it.
import { clauseTag } from '../document/tags';
import type { ClauseBlock, InsertPosition } from '../document/types';

/*
 * Numbering. Word's built-in style names have no List Number, and its localized name differs by UI language, so the
 * clause paragraphs (styled List Paragraph) join a list by its id with `attachToList`: the list the rest of the
 * contract is numbered in, else a new one started on the first paragraph. An id is only known after a sync, which is
 * why the adapter remembers the ids it reads (`NumberingMemory`).
 */

/**
 * List ids the adapter has read on its way (a template insertion, a review, a replacement), so that a later insertion
 * joins the list without reading it first: the id of the document's first list, which an insertion at the cursor or
 * the start continues, and of the list each clause is numbered in, which an insertion beside that clause continues.
 * Ids only, no proxies: nothing is tracked across runs. The document may have changed since (the user removed the
 * list); the insertion finds that out before it writes anything (see `insertKnown`).
 */
export class NumberingMemory {
  private documentList: number | undefined;
  private readonly clauseLists = new Map<string, number>();

  /** The list an insertion at the position continues, when known. */
  listAt(position: InsertPosition): number | undefined {
    if (position.at === 'cursor' || position.at === 'start') return this.documentList;
    return this.clauseLists.get(clauseTag(position.clauseId, position.version));
  }

  /** The document's first list as just read (loaded `id`); a null object means the document has none. */
  readDocumentList(list: Word.List) {
    this.documentList = list.isNullObject ? undefined : list.id;
  }

  /** Every clause's list as just read, in document order (the first control of a tag is the one found by tag). */
  readClauseLists(lists: { tag: string; list: Word.List }[]) {
    this.clauseLists.clear();
    for (const { tag, list } of lists) {
      if (!list.isNullObject && !this.clauseLists.has(tag)) this.clauseLists.set(tag, list.id);
    }
  }

  /** The document's first list is this one (read there, or new in a document that had none). */
  documentListIs(listId: number) {
    this.documentList = listId;
  }

  /** The clauses were just numbered in the list. */
  joined(listId: number, clauses: ClauseBlock[]) {
    for (const clause of clauses) this.clauseLists.set(clauseTag(clause.clauseId, clause.version), listId);
  }

  /** The list is gone from the document. */
  forget(listId: number) {
    if (this.documentList === listId) this.documentList = undefined;
    for (const [tag, id] of this.clauseLists) if (id === listId) this.clauseLists.delete(tag);
  }
}

/** Word's error code for an object that is not there (`getById`, `getFirst`). */
export function isItemNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ItemNotFound';
}

/** Numbers the paragraphs in the list, at its first level. */
export function attachAll(paragraphs: Word.Paragraph[], listId: number) {
  for (const paragraph of paragraphs) paragraph.attachToList(listId, 0);
}

/** Starts a new list, numbered 1., 2., …, on the paragraph; its id is loaded, for the others to join after a sync. */
export function startList(first: Word.Paragraph): Word.List {
  const fresh = first.startNewList();
  fresh.setLevelNumbering(0, 'Arabic', [0, '.']);
  fresh.load('id');
  return fresh;
}
