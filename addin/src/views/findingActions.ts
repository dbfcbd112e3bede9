// What a review finding's actions need from the review: the library, the document as read, and ways to change it.
import type { DocumentSnapshot, InsertPosition } from '../document/types';
import type { LoadedLibrary } from '../library/libraryStore';

export interface FindingActions {
  loaded: LoadedLibrary;
  snapshot: DocumentSnapshot;
  values: Record<string, string>;
  accepted: boolean;
  /** Where a clause goes so the document keeps the template's order. */
  positionOf(clauseId: string): InsertPosition;
  /** Runs a document change, then reviews again; resolves with a message for the status line. */
  change(action: () => Promise<unknown>, done: string): Promise<void>;
  accept(clauseId: string, reason: string): Promise<void>;
}
