// Queues the writes of an insertion: headings, clause controls with their tags, paragraphs with their field controls.
import { clauseTag, fieldTag } from '../document/tags';
import type { Block, ClauseBlock, InsertPosition, Run } from '../document/types';
import type { WordRequirements } from './requirements';

/** Anything we can insert a paragraph after: a paragraph or a content control. */
type Anchor = Pick<Word.Paragraph | Word.ContentControl, 'insertParagraph'>;

/** Where the first block goes, and the list whose numbering the inserted paragraphs continue. */
export interface Target {
  insertFirst: (text: string) => Word.Paragraph;
  /**
   * The neighbouring clause's list, else the document's first; a null object when there is none. A function, so an
   * insertion that already knows the list's id creates no proxy for it.
   */
  list: () => Word.List;
}

export function targetOf(context: Word.RequestContext, position: InsertPosition): Target {
  const body = context.document.body;
  const documentList = () => body.lists.getFirstOrNullObject();
  if (position.at === 'start') {
    return { insertFirst: (text) => body.insertParagraph(text, 'Start'), list: documentList };
  }
  if (position.at === 'cursor') {
    // After the cursor's paragraph, not its range: Word refuses a built-in style on a paragraph inserted from a
    // range (office-js#1656).
    const paragraph = context.document.getSelection().paragraphs.getLast();
    return { insertFirst: (text) => paragraph.insertParagraph(text, 'After'), list: documentList };
  }
  const control = body.contentControls.getByTag(clauseTag(position.clauseId, position.version)).getFirst();
  const location = position.at === 'after' ? 'After' : 'Before';
  return {
    insertFirst: (text) => control.insertParagraph(text, location),
    list: () => control.paragraphs.getLast().listOrNullObject,
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

export function tagClause(control: Word.ContentControl, block: ClauseBlock) {
  control.tag = clauseTag(block.clauseId, block.version);
  control.title = block.title;
  // Deleting a clause by accident shows up in the review; locking the text misbehaves across hosts, so it stays open.
  control.cannotDelete = true;
  control.cannotEdit = false;
}

/** Queues a clause's paragraphs at the end of its control; answers them, to be numbered. */
export function queueParagraphs(control: Word.ContentControl, block: ClauseBlock, requirements: WordRequirements) {
  return block.paragraphs.map((runs) => {
    const paragraph = control.insertParagraph('', 'End');
    writeRuns(paragraph, runs, requirements);
    paragraph.styleBuiltIn = 'ListParagraph';
    return paragraph;
  });
}

/** Queues every block from the target; answers the clause paragraphs, in order, to be numbered. */
export function queueBlocks(target: Target, blocks: Block[], requirements: WordRequirements): Word.Paragraph[] {
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

export const clausesOf = (blocks: Block[]) =>
  blocks.flatMap((block) => (block.kind === 'clause' ? [block.clause] : []));
