// The office.js adapter's reads and edits against a counted fake context: snapshot, fields, comments, settings.
import { clauseBlock } from '../document/build';
import { GUIDANCE_PREFIX } from '../document/tags';
import { createOfficeDocument, type SettingsLike } from './officeDocument';
import { fakeComment, FakeList, FakeNode, fakeWord } from './testing/fakeWord';
import { ALL, calls, settings, version } from './testing/fixtures';

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

  it('replaces a clause with two syncs in the list it read, which the next insertion continues with one', async () => {
    const rate = clauseControl('rate', 'Takst', []);
    const withList = fakeWord({ controls: [rate.clause], list: new FakeList(7) });
    Object.assign(rate.clause, { log: withList.log });
    const document = createOfficeDocument(withList.run, settings, ALL);
    const block = clauseBlock(version(0));
    await expect(document.replaceClauses([{ ...block, clauseId: 'rate' }])).resolves.toBe(1);
    expect(withList.sync).toHaveBeenCalledTimes(2);
    expect(rate.clause).toMatchObject({ tag: 'kr:clause:rate:2', text: 'Klausul 0' });
    expect(calls(withList, 'attachToList').map((e) => e.id)).toEqual([7, 7]);
    withList.sync.mockClear();
    await document.insertBlocks([{ kind: 'clause', clause: block }]);
    expect(withList.sync).toHaveBeenCalledTimes(1);
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
