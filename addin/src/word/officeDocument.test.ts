// The office.js adapter against a counted fake context: tags, titles, styles, locations, and the syncs per action.
import type { ClauseVersion } from '@koberollen/shared/domain/clause';
import type { Template } from '@koberollen/shared/domain/template';

import { templateBlocks } from '../document/build';
import { GUIDANCE_PREFIX } from '../document/tags';
import { createOfficeDocument, type SettingsLike } from './officeDocument';
import type { WordRequirements } from './requirements';
import { fakeComment, FakeList, FakeNode, fakeWord } from './testing/fakeWord';

const ALL: WordRequirements = { comments: true, trackedChanges: true, typedControls: true };

function version(n: number, text = 'Kommunen betaler {{rateAmount}} kr. {{rateUnit}}.'): ClauseVersion {
  return {
    clauseId: `clause-${n}`,
    version: 2,
    title: `Klausul ${n}`,
    topic: 'rate',
    paragraphs: [{ text }, { text: 'Andet afsnit uden felter.' }],
    fields: [
      { key: 'rateAmount', label: 'Takst (kr.)', type: 'amount', required: true },
      { key: 'rateUnit', label: 'Enhed', type: 'text', required: true },
    ],
    guidance: '',
    recognitionPhrases: [],
    applicability: { contractTypes: [], paragraphs: [] },
    changeNote: '',
    textHash: 'abc',
    publishedAt: '2026-01-01T00:00:00Z',
    publishedBy: { userId: 'p', name: 'Indkøb' },
  };
}

function template(clauses: number): Template {
  const refs = Array.from({ length: clauses }, (_, i) => ({ clauseId: `clause-${i}`, mandatory: true }));
  return {
    id: 't',
    name: 'Kontrakt om længerevarende botilbud',
    description: '',
    contractType: 'botilbud-108',
    legalBasis: [{ law: 'SEL', section: '§108' }],
    sections: [
      { title: 'Pris', clauses: refs.slice(0, Math.ceil(clauses / 2)) },
      { title: 'Ophør', clauses: refs.slice(Math.ceil(clauses / 2)) },
    ],
    fields: [],
    status: 'active',
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: { userId: 'p', name: 'Indkøb' },
    updatedAt: '2026-01-01T00:00:00Z',
    updatedBy: { userId: 'p', name: 'Indkøb' },
  };
}

const settings: SettingsLike = { get: () => undefined, set: () => undefined, saveAsync: () => undefined };
const latest = (text?: string) => (id: string) => version(Number(id.split('-')[1]), text);

type Logged = { on: string; call: string; text?: string; location?: string; type?: string; id?: number };

const calls = (word: { log: unknown[] }, call: string) => (word.log as Logged[]).filter((e) => e.call === call);
/** The log entries after the first sync. */
const afterFirstSync = (word: { log: unknown[] }) => {
  const log = word.log as Logged[];
  return log.slice(log.findIndex((e) => e.call === 'sync') + 1);
};

describe('insertBlocks', () => {
  it.each([3, 40])('inserts a %i-clause template after the cursor with two syncs', async (clauses) => {
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

  it("continues the document's list where there is one", async () => {
    const word = fakeWord({ list: new FakeList(7) });
    await createOfficeDocument(word.run, settings, ALL).insertBlocks(templateBlocks(template(2), latest()));
    expect(word.sync).toHaveBeenCalledTimes(2);
    const attached = afterFirstSync(word).filter((e) => e.call === 'attachToList');
    expect(attached).toHaveLength(4);
    expect(attached.every((e) => e.id === 7)).toBe(true);
    // The list started before the document's was known is left again by its paragraph.
    expect(afterFirstSync(word).filter((e) => e.call === 'detachFromList')).toHaveLength(1);
  });

  it("inserts a clause after its template neighbour and joins that clause's list", async () => {
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

  it('inserts a proposal as a tracked change with three syncs and restores the tracking mode', async () => {
    const word = fakeWord();
    const document = createOfficeDocument(word.run, settings, ALL);
    const modes: string[] = [];
    const doc = (word.mock as unknown as { document: object }).document;
    Object.defineProperty(doc, 'changeTrackingMode', { get: () => 'Off', set: (mode: string) => modes.push(mode) });
    await document.insertBlocks(templateBlocks(template(1), latest()).slice(2), {
      tracked: true,
      position: { at: 'start' },
    });
    expect(word.sync).toHaveBeenCalledTimes(3);
    expect(modes).toEqual(['TrackAll', 'Off']);
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

function clauseControl(id: string, text: string, fields: [string, string][]) {
  const nested = fields.map(([key, value]) => new FakeNode('control', [], { tag: `kr:field:${key}`, text: value }));
  return { clause: new FakeNode('control', [], { tag: `kr:clause:${id}:1`, text }, nested), nested };
}

describe('reading and changing a document', () => {
  function documentWith() {
    const rate = clauseControl('rate', 'Takst\nKommunen betaler 2.500 kr. pr. døgn.', [
      ['rateAmount', '2.500'],
      ['rateUnit', 'pr. døgn'],
    ]);
    const other = new FakeNode('control', [], { tag: 'someone-else', text: 'x' });
    const controls = [rate.clause, ...rate.nested, other];
    const comments = [fakeComment(`${GUIDANCE_PREFIX}Husk takstredegørelsen`), fakeComment('Leverandørens kommentar')];
    const word = fakeWord({ text: 'Hele teksten', controls, comments });
    return { word, rate, comments, document: createOfficeDocument(word.run, settings, ALL) };
  }

  it('reads clauses, their field texts, all fields and the text with two syncs', async () => {
    const { word, document } = documentWith();
    await expect(document.readSnapshot()).resolves.toEqual({
      text: 'Hele teksten',
      fields: [
        { key: 'rateAmount', text: '2.500' },
        { key: 'rateUnit', text: 'pr. døgn' },
      ],
      clauses: [
        {
          clauseId: 'rate',
          version: 1,
          text: 'Takst\nKommunen betaler 2.500 kr. pr. døgn.',
          fieldTexts: ['2.500', 'pr. døgn'],
        },
      ],
    });
    expect(word.sync).toHaveBeenCalledTimes(2);
  });

  it('reads a document without our clauses with one sync', async () => {
    const word = fakeWord({ text: 'Leverandørens kontrakt' });
    const snapshot = await createOfficeDocument(word.run, settings, ALL).readSnapshot();
    expect(snapshot).toEqual({ text: 'Leverandørens kontrakt', fields: [], clauses: [] });
    expect(word.sync).toHaveBeenCalledTimes(1);
  });

  it('fills every field with a known value with two syncs and leaves the others', async () => {
    const { word, rate, document } = documentWith();
    await expect(document.fillFields({ rateAmount: '2.650,00', providerName: 'Solsikken' })).resolves.toBe(1);
    expect(rate.nested.map((control) => control.text)).toEqual(['2.650,00', 'pr. døgn']);
    expect(word.sync).toHaveBeenCalledTimes(2);
  });

  it('removes only its own guidance comments, with two syncs', async () => {
    const { word, comments, document } = documentWith();
    await expect(document.removeGuidanceComments()).resolves.toBe(1);
    expect(comments.map((c) => c.deleted)).toEqual([true, false]);
    expect(word.sync).toHaveBeenCalledTimes(2);
  });

  it('adds guidance as a comment on the clause', async () => {
    const { rate, document } = documentWith();
    await expect(document.addGuidanceComments([{ clauseId: 'rate', text: 'Sammenlign taksten' }])).resolves.toBe(1);
    expect(rate.clause.comments).toEqual([`${GUIDANCE_PREFIX}Sammenlign taksten`]);
  });

  it('touches no comments where the host has no comments API', async () => {
    const { word, comments } = documentWith();
    const document = createOfficeDocument(word.run, settings, { ...ALL, comments: false, trackedChanges: false });
    expect(document.features).toEqual({ comments: false, trackedChanges: false });
    await expect(document.removeGuidanceComments()).resolves.toBe(0);
    expect(comments.every((c) => !c.deleted)).toBe(true);
    expect(word.sync).not.toHaveBeenCalled();
  });

  it('goes to a field by selecting its control', async () => {
    const { rate, document } = documentWith();
    await expect(document.goTo({ fieldKey: 'rateUnit' })).resolves.toBe(true);
    expect(rate.nested[1]!.selected).toBe(true);
    await expect(document.goTo({ clauseId: 'missing' })).resolves.toBe(false);
  });
});

describe('document state in the settings', () => {
  it('saves the state with saveAsync and reads it back; anything else reads as empty', async () => {
    const stored = new Map<string, unknown>();
    const inSettings: SettingsLike = {
      get: (name: string) => stored.get(name),
      set: (name: string, value: unknown) => void stored.set(name, value),
      saveAsync: ((callback: (result: { status: string }) => void) =>
        callback({ status: 'succeeded' })) as SettingsLike['saveAsync'],
    };
    const document = createOfficeDocument(fakeWord().run, inSettings, ALL);
    await expect(document.readState()).resolves.toEqual({ checked: [] });
    await document.writeState({ caseId: 'c-1', caseReference: 'SAG-1', templateId: 't', checked: ['k/a'] });
    await expect(document.readState()).resolves.toEqual({
      caseId: 'c-1',
      caseReference: 'SAG-1',
      templateId: 't',
      checked: ['k/a'],
    });
    stored.set('koberollen', 'garbage');
    await expect(document.readState()).resolves.toEqual({ checked: [] });
  });
});
