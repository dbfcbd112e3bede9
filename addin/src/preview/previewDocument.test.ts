// The preview's in-page document: inserting, reading back, editing with field marks, filling, comments, state.
import { GUIDANCE_PREFIX } from '../document/tags';
import type { Block } from '../document/types';
import { createPreviewDocument, editableText, parseEditedText } from './previewDocument';

const CLAUSE: Block = {
  kind: 'clause',
  clause: {
    clauseId: 'rate',
    version: 3,
    title: 'Takst',
    paragraphs: [
      [
        { kind: 'text', text: 'Kommunen betaler ' },
        { kind: 'field', key: 'rateAmount', label: 'Takst (kr.)', value: '' },
        { kind: 'text', text: ' kr.' },
      ],
    ],
  },
};

describe('preview document', () => {
  it('reads back what was inserted: clause text with titles, field texts and the whole text', async () => {
    const document = createPreviewDocument();
    await document.insertBlocks([{ kind: 'heading', text: 'Kontrakt' }, CLAUSE]);
    const snapshot = await document.readSnapshot();
    expect(snapshot.clauses).toEqual([
      { clauseId: 'rate', version: 3, text: 'Takst\nKommunen betaler  kr.', fieldTexts: [''] },
    ]);
    expect(snapshot.text).toBe('Kontrakt\nTakst\nKommunen betaler  kr.');
  });

  it('fills fields, keeps them through a text edit, and reports the edit', async () => {
    const document = createPreviewDocument();
    await document.insertBlocks([CLAUSE]);
    await expect(document.fillFields({ rateAmount: '2.500' })).resolves.toBe(1);
    const node = document.getModel().nodes[0]!;
    if (node.kind !== 'clause') throw new Error('expected a clause');
    expect(editableText(node.block.paragraphs[0]!)).toBe('Kommunen betaler {{rateAmount}} kr.');
    document.editClause(node.id, ['Kommunen betaler {{rateAmount}} kr. om måneden.']);
    const snapshot = await document.readSnapshot();
    expect(snapshot.clauses[0]!.text).toBe('Takst\nKommunen betaler 2.500 kr. om måneden.');
    expect(snapshot.fields).toEqual([{ key: 'rateAmount', text: '2.500' }]);
  });

  it('inserts beside a clause or at the start, wherever the cursor is', async () => {
    const document = createPreviewDocument();
    const other: Block = { kind: 'clause', clause: { ...CLAUSE.clause, clauseId: 'term', title: 'Løbetid' } };
    await document.insertBlocks([{ kind: 'heading', text: 'K' }, CLAUSE]);
    await document.goTo({ clauseId: 'rate' });
    await document.insertBlocks([other], { position: { at: 'before', clauseId: 'rate', version: 3 } });
    await document.insertBlocks([{ kind: 'heading', text: 'Efter' }], {
      position: { at: 'after', clauseId: 'rate', version: 3 },
    });
    await document.insertBlocks([{ kind: 'heading', text: 'Først' }], { position: { at: 'start' } });
    expect(document.getModel().nodes.map((n) => (n.kind === 'clause' ? n.block.title : n.text))).toEqual([
      'Først',
      'K',
      'Løbetid',
      'Takst',
      'Efter',
    ]);
  });

  it('inserts after the clause "go to" selected, and deletes a clause', async () => {
    const document = createPreviewDocument();
    await document.insertBlocks([
      { kind: 'heading', text: 'K' },
      { kind: 'heading', text: 'S' },
    ]);
    await document.insertBlocks([CLAUSE]);
    await document.goTo({ clauseId: 'rate' });
    await document.insertBlocks([{ kind: 'heading', text: 'Efter' }]);
    expect(document.getModel().nodes.map((n) => (n.kind === 'clause' ? n.block.title : n.text))).toEqual([
      'K',
      'S',
      'Takst',
      'Efter',
    ]);
    document.deleteNode(document.getModel().nodes[2]!.id);
    expect((await document.readSnapshot()).clauses).toEqual([]);
  });

  it('adds and removes only guidance comments', async () => {
    const document = createPreviewDocument();
    await document.insertBlocks([CLAUSE]);
    await document.addGuidanceComments([{ clauseId: 'rate', text: 'Sammenlign' }]);
    await document.addCommentAtCursor('Forslag');
    const node = document.getModel().nodes[0]!;
    expect(node.kind === 'clause' && node.comments).toEqual([`${GUIDANCE_PREFIX}Sammenlign`, 'Forslag']);
    await expect(document.removeGuidanceComments()).resolves.toBe(1);
  });

  it('pastes text as paragraphs and keeps markup as text', async () => {
    const document = createPreviewDocument();
    document.pasteText('Aftale\n\n<script>alert(1)</script>\n');
    expect((await document.readSnapshot()).text).toBe('Aftale\n<script>alert(1)</script>');
  });

  it('turns unknown marks into fields and leaves other braces alone', () => {
    expect(parseEditedText('A {{x}} {b}', [])).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'field', key: 'x', label: 'x', value: '' },
      { kind: 'text', text: ' {b}' },
    ]);
  });
});
