// Inserting into Word against a counted fake context: the calls made (tags, titles, text, styles, insert locations,
// numbering) and the syncs each insertion costs, with the document's list known, unknown, or gone.
import { templateBlocks } from '../document/build';
import { createOfficeDocument } from './officeDocument';
import { FakeList, FakeNode, type FakeWord, fakeWord } from './testing/fakeWord';
import { afterFirstSync, ALL, calls, latest, type Logged, settings, template } from './testing/fixtures';

/** A clause at the cursor, as the clause browser inserts it. */
const oneClause = (n = 0) =>
  templateBlocks(template(n + 1), latest())
    .filter((b) => b.kind === 'clause')
    .slice(n);

/** Forgets the syncs and calls so far, to count those of the next action alone. */
function startCounting(word: FakeWord) {
  word.sync.mockClear();
  word.log.length = 0;
}

describe('insertBlocks', () => {
  it.each([3, 40])(
    'inserts a %i-clause template into a document whose list is not known yet with two syncs',
    async (clauses) => {
      const word = fakeWord();
      const document = createOfficeDocument(word.run, settings, ALL);
      await document.insertBlocks(templateBlocks(template(clauses), latest(), { rateAmount: '2.500' }));
      expect(word.sync).toHaveBeenCalledTimes(2);
      const log = word.log as Logged[];
      expect(log[0]).toEqual({
        on: 'selection',
        call: 'insertParagraph',
        text: template(clauses).name,
        location: 'After',
      });
      const controls = calls(word, 'insertContentControl');
      expect(controls.filter((c) => c.type === 'RichText')).toHaveLength(clauses);
      expect(controls.filter((c) => c.type === 'PlainText')).toHaveLength(clauses * 2);
      expect(log.filter((e) => e.call === 'insertParagraph' && e.location !== 'After' && e.location !== 'End')).toEqual(
        [],
      );
      // Every clause paragraph is numbered in one list: started on the first, the others joining it after the sync.
      expect(calls(word, 'startNewList')).toHaveLength(1);
      const attached = afterFirstSync(word).filter((e) => e.call === 'attachToList');
      expect(attached).toHaveLength(clauses * 2 - 1);
      expect(new Set(attached.map((e) => e.id)).size).toBe(1);
    },
  );

  it.each([3, 40])(
    'inserts a %i-clause template with one sync once a review has read the list: every paragraph joins it',
    async (clauses) => {
      const word = fakeWord({ text: 'Indledning', list: new FakeList(7) });
      const document = createOfficeDocument(word.run, settings, ALL);
      await document.readSnapshot();
      startCounting(word);
      await document.insertBlocks(templateBlocks(template(clauses), latest(), { rateAmount: '2.500' }));
      expect(word.sync).toHaveBeenCalledTimes(1);
      const log = word.log as Logged[];
      // The remembered list is looked up before anything is written.
      expect(log[0]).toEqual({ on: 'lists', call: 'getById', id: 7 });
      expect(log[1]).toMatchObject({ on: 'selection', call: 'insertParagraph', location: 'After' });
      expect(calls(word, 'insertContentControl').filter((c) => c.type === 'RichText')).toHaveLength(clauses);
      const attached = calls(word, 'attachToList');
      expect(attached).toHaveLength(clauses * 2);
      expect(attached.every((e) => e.id === 7 && e.level === 0)).toBe(true);
      expect(calls(word, 'startNewList')).toEqual([]);
      expect(calls(word, 'detachFromList')).toEqual([]);
      expect(log.at(-1)).toEqual({ on: 'context', call: 'sync' });
    },
  );

  it("inserts one clause with one sync after a template, in the template's list", async () => {
    const word = fakeWord();
    const document = createOfficeDocument(word.run, settings, ALL);
    await document.insertBlocks(templateBlocks(template(3), latest()));
    expect(calls(word, 'startNewList')).toHaveLength(1);
    const listId = calls(word, 'attachToList')[0]!.id;
    startCounting(word);
    await document.insertBlocks(oneClause(3), { position: { at: 'cursor' } });
    expect(word.sync).toHaveBeenCalledTimes(1);
    const log = word.log as Logged[];
    // The lookup, the title and its control, the two paragraphs with their runs and fields, the numbering.
    expect(log.map((e) => e.call)).toEqual([
      'getById',
      'insertParagraph',
      'insertContentControl',
      'insertParagraph',
      'insertText',
      'insertText',
      'insertContentControl',
      'insertText',
      'insertText',
      'insertContentControl',
      'insertText',
      'insertParagraph',
      'insertText',
      'attachToList',
      'attachToList',
      'sync',
    ]);
    expect(log[0]).toEqual({ on: 'lists', call: 'getById', id: listId });
    expect(log[1]).toEqual({ on: 'selection', call: 'insertParagraph', text: 'Klausul 3', location: 'After' });
    expect(calls(word, 'attachToList').map((e) => e.id)).toEqual([listId, listId]);
    const title = word.selection.children[1]!;
    expect(title).toMatchObject({ text: 'Klausul 3', styleBuiltIn: 'Heading2' });
    const clause = title.children[0]!;
    expect(clause).toMatchObject({ kind: 'control:RichText', tag: 'kr:clause:clause-3:2', title: 'Klausul 3' });
    expect(clause.children.map((p) => [p.styleBuiltIn, p.list?.id])).toEqual([
      ['ListParagraph', listId],
      ['ListParagraph', listId],
    ]);
  });

  it("inserts one clause beside its neighbour with one sync after a review, in the neighbour's list", async () => {
    const neighbour = new FakeNode('control', [], { tag: 'kr:clause:clause-0:2', text: 'Klausul 0' });
    const word = fakeWord({ controls: [neighbour], list: new FakeList(7) });
    const own = new FakeNode('paragraph', []);
    own.list = new FakeList(42);
    neighbour.lastParagraph = own;
    Object.assign(neighbour, { log: word.log });
    const document = createOfficeDocument(word.run, settings, ALL);
    await document.readSnapshot();
    expect(word.sync).toHaveBeenCalledTimes(2);
    startCounting(word);
    await document.insertBlocks(oneClause(1), { position: { at: 'after', clauseId: 'clause-0', version: 2 } });
    expect(word.sync).toHaveBeenCalledTimes(1);
    expect((word.log as Logged[]).slice(0, 2)).toEqual([
      { on: 'lists', call: 'getById', id: 42 },
      { on: 'control', call: 'insertParagraph', text: 'Klausul 1', location: 'After' },
    ]);
    expect(calls(word, 'attachToList').map((e) => e.id)).toEqual([42, 42]);
  });

  it('inserts the first clause into a blank document with two syncs, and the next one with one', async () => {
    const word = fakeWord();
    const document = createOfficeDocument(word.run, settings, ALL);
    await document.insertBlocks(oneClause(0));
    // Nothing to continue: a new list on the first paragraph, the second joining it once its id is known.
    expect(word.sync).toHaveBeenCalledTimes(2);
    expect(calls(word, 'startNewList')).toHaveLength(1);
    const [attached] = afterFirstSync(word).filter((e) => e.call === 'attachToList');
    expect(attached).toMatchObject({ text: '' });
    startCounting(word);
    await document.insertBlocks(oneClause(1));
    expect(word.sync).toHaveBeenCalledTimes(1);
    expect(calls(word, 'attachToList').map((e) => e.id)).toEqual([attached!.id, attached!.id]);
  });

  it('finds a remembered list gone before writing anything, then reads the lists again: three syncs', async () => {
    const word = fakeWord({ text: 'Indledning', list: new FakeList(7) });
    const document = createOfficeDocument(word.run, settings, ALL);
    await document.readSnapshot();
    word.removeList(7);
    startCounting(word);
    await document.insertBlocks(oneClause(0));
    expect(word.sync).toHaveBeenCalledTimes(3);
    const log = word.log as Logged[];
    // The failed batch stopped at the lookup: its writes were queued but never ran.
    expect(log.slice(0, 2)).toEqual([
      { on: 'lists', call: 'getById', id: 7 },
      { on: 'context', call: 'sync' },
    ]);
    expect(word.skipped()).toEqual(expect.arrayContaining([expect.objectContaining({ call: 'insertParagraph' })]));
    expect(word.selection.children.map((p) => p.text)).toEqual(['Klausul 0']);
    expect(calls(word, 'insertContentControl').filter((c) => c.type === 'RichText')).toHaveLength(1);
    // The document has no list left, so the clause starts one, which the next insertion continues with one sync.
    expect(calls(word, 'startNewList')).toHaveLength(1);
    const fresh = calls(word, 'attachToList')[0]!.id;
    startCounting(word);
    await document.insertBlocks(oneClause(1));
    expect(word.sync).toHaveBeenCalledTimes(1);
    expect(calls(word, 'getById')).toEqual([{ on: 'lists', call: 'getById', id: fresh }]);
  });

  it('inserts headings alone with one sync and touches no list', async () => {
    const word = fakeWord({ list: new FakeList(7) });
    await createOfficeDocument(word.run, settings, ALL).insertBlocks([{ kind: 'heading', text: 'Bilag' }]);
    expect(word.sync).toHaveBeenCalledTimes(1);
    expect((word.log as Logged[]).map((e) => e.call)).toEqual(['insertParagraph', 'sync']);
  });

  it('styles titles with built-in style names and numbers the clause paragraphs; tags clauses and fields', async () => {
    const word = fakeWord();
    const document = createOfficeDocument(word.run, settings, ALL);
    await document.insertBlocks(templateBlocks(template(1), latest(), { rateAmount: '2.500' }));
    const heading = word.selection.children[0]!;
    expect(heading).toMatchObject({ text: 'Kontrakt om længerevarende botilbud', styleBuiltIn: 'Heading1' });
    const section = heading.children[0]!;
    expect(section).toMatchObject({ text: 'Pris', styleBuiltIn: 'Heading1' });
    const title = section.children[0]!;
    expect(title).toMatchObject({ text: 'Klausul 0', styleBuiltIn: 'Heading2' });
    const clause = title.children[0]!;
    expect(clause).toMatchObject({
      tag: 'kr:clause:clause-0:2',
      title: 'Klausul 0',
      cannotDelete: true,
      cannotEdit: false,
    });
    const [first, second] = clause.children;
    expect(first).toMatchObject({ kind: 'paragraph', styleBuiltIn: 'ListParagraph' });
    expect(first!.list?.numbering).toEqual([0, 'Arabic', [0, '.']]);
    expect(second!.list?.id).toBe(first!.list?.id);
    expect(first!.children.map((range) => range.text)).toEqual(['Kommunen betaler ', '2.500', ' kr. ', '', '.']);
    const amount = first!.children[1]!.children[0]!;
    expect(amount).toMatchObject({ kind: 'control:PlainText', tag: 'kr:field:rateAmount', title: 'Takst (kr.)' });
    expect(first!.children[3]!.children[0]).toMatchObject({ tag: 'kr:field:rateUnit', placeholderText: 'Enhed' });
    expect(second!.children.map((range) => range.text)).toEqual(['Andet afsnit uden felter.']);
  });

  it("continues the document's list where there is one, read with the writes when not known", async () => {
    const word = fakeWord({ list: new FakeList(7) });
    await createOfficeDocument(word.run, settings, ALL).insertBlocks(templateBlocks(template(2), latest()));
    expect(word.sync).toHaveBeenCalledTimes(2);
    const attached = afterFirstSync(word).filter((e) => e.call === 'attachToList');
    expect(attached).toHaveLength(4);
    expect(attached.every((e) => e.id === 7)).toBe(true);
    // The list started before the document's was known is left again by its paragraph.
    expect(afterFirstSync(word).filter((e) => e.call === 'detachFromList')).toHaveLength(1);
  });

  it("inserts a clause after its neighbour before any review with two syncs, joining that clause's list", async () => {
    const neighbour = new FakeNode('control', [], { tag: 'kr:clause:clause-0:2' });
    const word = fakeWord({ controls: [neighbour], list: new FakeList(7) });
    const own = new FakeNode('paragraph', []);
    own.list = new FakeList(42);
    neighbour.lastParagraph = own;
    Object.assign(neighbour, { log: word.log });
    await createOfficeDocument(word.run, settings, ALL).insertBlocks(templateBlocks(template(2), latest()).slice(4), {
      position: { at: 'after', clauseId: 'clause-0', version: 2 },
    });
    expect(word.sync).toHaveBeenCalledTimes(2);
    expect(neighbour.children[0]).toMatchObject({ text: 'Klausul 1', styleBuiltIn: 'Heading2' });
    expect((word.log as Logged[])[0]).toMatchObject({ call: 'insertParagraph', location: 'After' });
    const attached = calls(word, 'attachToList');
    expect(attached.map((e) => e.id)).toEqual([42, 42]);
  });

  it('inserts before a clause, or at the start of the document', async () => {
    const next = new FakeNode('control', [], { tag: 'kr:clause:clause-1:2' });
    const word = fakeWord({ controls: [next] });
    Object.assign(next, { log: word.log });
    const document = createOfficeDocument(word.run, settings, ALL);
    const block = templateBlocks(template(1), latest()).slice(2);
    await document.insertBlocks(block, { position: { at: 'before', clauseId: 'clause-1', version: 2 } });
    expect((word.log as Logged[])[0]).toMatchObject({ on: 'control', call: 'insertParagraph', location: 'Before' });
    await document.insertBlocks(block, { position: { at: 'start' } });
    expect(word.body.children[0]).toMatchObject({ text: 'Klausul 0', styleBuiltIn: 'Heading2' });
    expect(calls(word, 'insertParagraph').filter((e) => e.location === 'Start')).toHaveLength(1);
  });

  it('creates untyped controls where WordApi 1.5 is missing', async () => {
    const word = fakeWord();
    await createOfficeDocument(word.run, settings, { ...ALL, typedControls: false }).insertBlocks(
      templateBlocks(template(1), latest()),
    );
    const types = calls(word, 'insertContentControl').map((e) => e.type);
    expect(new Set(types)).toEqual(new Set([undefined]));
  });

  function trackingModes(word: FakeWord) {
    const modes: string[] = [];
    const doc = (word.mock as unknown as { document: object }).document;
    Object.defineProperty(doc, 'changeTrackingMode', { get: () => 'Off', set: (mode: string) => modes.push(mode) });
    return modes;
  }

  const insertProposal = (word: FakeWord) =>
    createOfficeDocument(word.run, settings, ALL).insertBlocks(oneClause(0), {
      tracked: true,
      position: { at: 'start' },
    });

  it('inserts a proposal as a tracked change with two syncs where the document has a list', async () => {
    const word = fakeWord({ list: new FakeList(7) });
    const modes = trackingModes(word);
    await insertProposal(word);
    // The tracking mode and the list are read first; the writes, the numbering and the mode's restoring follow.
    expect(word.sync).toHaveBeenCalledTimes(2);
    expect(modes).toEqual(['TrackAll', 'Off']);
    expect(afterFirstSync(word).filter((e) => e.call === 'attachToList')).toHaveLength(2);
  });

  it('inserts a proposal as a tracked change with three syncs into a document without a list', async () => {
    const word = fakeWord();
    const modes = trackingModes(word);
    await insertProposal(word);
    expect(word.sync).toHaveBeenCalledTimes(3);
    expect(modes).toEqual(['TrackAll', 'Off']);
  });

  it('restores the tracking mode when a tracked insertion fails', async () => {
    const word = fakeWord({ list: new FakeList(7) });
    const modes = trackingModes(word);
    const passOn = word.sync.getMockImplementation()!;
    word.sync.mockImplementation(() =>
      word.sync.mock.calls.length === 2 ? Promise.reject(new Error('GeneralException')) : passOn(),
    );
    await expect(
      createOfficeDocument(word.run, settings, ALL).insertBlocks(oneClause(0), { tracked: true }),
    ).rejects.toThrow('GeneralException');
    // Set back again after the failed sync, which may have stopped before the restoring.
    expect(modes).toEqual(['TrackAll', 'Off', 'Off']);
    expect(word.sync).toHaveBeenCalledTimes(3);
  });

  it('arrives as literal text: markup in a clause is never handed to Word as HTML or OOXML', async () => {
    const hostile = '<script>alert(1)</script> <img src=x onerror=alert(2)> ]]> &amp; {{rateAmount}}';
    const word = fakeWord();
    const document = createOfficeDocument(word.run, settings, ALL);
    await document.insertBlocks(templateBlocks(template(1), latest(hostile), { rateAmount: '<b>1</b>' }));
    const texts = (word.log as Logged[]).flatMap((e) => (e.text === undefined ? [] : [e.text]));
    expect(texts).toEqual(
      expect.arrayContaining(['<script>alert(1)</script> <img src=x onerror=alert(2)> ]]> &amp; ', '<b>1</b>']),
    );
    const made = new Set((word.log as Logged[]).map((e) => e.call));
    expect([...made].sort()).toEqual([
      'attachToList',
      'insertContentControl',
      'insertParagraph',
      'insertText',
      'startNewList',
      'sync',
    ]);
  });
});
