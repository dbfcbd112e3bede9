// The contract document as the pane sees it, whichever host holds it: blocks to insert, what a review reads back.

/** A piece of a clause paragraph: plain text, or a field whose value goes into its own content control. */
export type Run = { kind: 'text'; text: string } | { kind: 'field'; key: string; label: string; value: string };

/** A clause ready to insert: its library identity and its paragraphs as runs. */
export interface ClauseBlock {
  clauseId: string;
  version: number;
  title: string;
  paragraphs: Run[][];
}

/**
 * What an insertion writes, in the document's own named styles: headings (template and section titles) as Heading 1,
 * each clause's title as Heading 2 and its paragraphs numbered in the document's list.
 */
export type Block = { kind: 'heading'; text: string } | { kind: 'clause'; clause: ClauseBlock };

/**
 * Where an insertion goes: at the cursor; at the start of the document; or next to a clause found in it (its first
 * control with that clause id and version), so a clause lands at its place in the template.
 */
export type InsertPosition =
  { at: 'cursor' } | { at: 'start' } | { at: 'after' | 'before'; clauseId: string; version: number };

/** A tagged clause as found in the document. */
export interface FoundClauseText {
  clauseId: string;
  version: number;
  /** The clause's whole text as it stands, field values included. */
  text: string;
  /** The text of each field control inside the clause, in document order. */
  fieldTexts: string[];
}

/** What a review reads from the document in one go. */
export interface DocumentSnapshot {
  clauses: FoundClauseText[];
  /** Every field control, in document order. */
  fields: { key: string; text: string }[];
  /** The whole document's text, for reading a provider's own contract. */
  text: string;
}

/** What the document remembers about itself, so reopening it (anywhere) picks up where it was. */
export interface DocumentState {
  caseId?: string;
  /** The case's reference, shown without asking the API. */
  caseReference?: string;
  templateId?: string;
  /** Ticked checklist items as `checklistId/itemId`. */
  checked: string[];
}

export const EMPTY_STATE: DocumentState = { checked: [] };

/** What the host can do beyond the basics; missing features degrade instead of failing. */
export interface DocumentFeatures {
  /** Word comments (WordApi 1.4). */
  comments: boolean;
  /** Tracked changes (`changeTrackingMode`, WordApi 1.4). */
  trackedChanges: boolean;
}

/** A guidance comment to place on a clause. */
export interface GuidanceComment {
  clauseId: string;
  text: string;
}

/**
 * The one door to the document. Two implementations: office.js (`word/officeDocument.ts`) and the in-page preview
 * (`preview/previewDocument.ts`); components only ever talk to this.
 */
export interface ContractDocument {
  readonly kind: 'word' | 'preview';
  readonly features: DocumentFeatures;
  /** Inserts at the position (the cursor when none); tracked as a change when asked and supported. */
  insertBlocks(blocks: Block[], options?: { position?: InsertPosition; tracked?: boolean }): Promise<void>;
  readSnapshot(): Promise<DocumentSnapshot>;
  /** Replaces each clause carrying the block's clause id with the block; answers how many were replaced. */
  replaceClauses(blocks: ClauseBlock[]): Promise<number>;
  /** Writes the values into every field control with that key; answers how many controls were filled. */
  fillFields(values: Record<string, string>): Promise<number>;
  /** Selects the first clause with the id, or the first field with the key; false when there is none. */
  goTo(target: { clauseId: string } | { fieldKey: string }): Promise<boolean>;
  /** Adds each guidance text as a comment on its clause. */
  addGuidanceComments(comments: GuidanceComment[]): Promise<number>;
  /** Adds a comment with the text at the cursor (the end in the preview). */
  addCommentAtCursor(text: string): Promise<void>;
  /** Removes every guidance comment the pane added; answers how many. */
  removeGuidanceComments(): Promise<number>;
  readState(): Promise<DocumentState>;
  writeState(state: DocumentState): Promise<void>;
}
