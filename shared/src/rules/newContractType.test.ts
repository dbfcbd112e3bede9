// The key of a new contract type derived from its name, and the name's problems in Danish.
import fc from 'fast-check';

import { ContractTypeKey } from '../domain/contractType';
import { contractTypeNameProblem, keyFromName } from './newContractType';

describe('keyFromName', () => {
  it.each([
    ['Aflastning (§ 84)', 'aflastning-84'],
    ['Længerevarende botilbud (§ 108)', 'laengerevarende-botilbud-108'],
    ['Støtte i eget hjem – døgn', 'stoette-i-eget-hjem-doegn'],
    ['Café-ophold på Ærø', 'cafe-ophold-paa-aeroe'],
    ['§ 85', 'type-85'],
    ['B', 'type-b'],
    ['§', 'type'],
  ])('reads %j as %j', (name, key) => {
    expect(keyFromName(name, [])).toBe(key);
  });

  it('numbers a key another contract type has', () => {
    expect(keyFromName('Aflastning', ['aflastning'])).toBe('aflastning-2');
    expect(keyFromName('Aflastning', ['aflastning', 'aflastning-2'])).toBe('aflastning-3');
  });

  it('keeps a long name within the key length, numbered or not', () => {
    const name = 'Dagbehandling og specialundervisning for børn og unge med særlige behov';
    const first = keyFromName(name, []);
    expect(first).toHaveLength(48);
    const second = keyFromName(name, [first]);
    expect(second.endsWith('-2')).toBe(true);
    expect(second).toHaveLength(48);
  });

  it('always gives a key the API takes and no taken one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.array(fc.string({ maxLength: 10 })), (name, others) => {
        const taken = [...others, keyFromName(name, []), keyFromName(name, others)];
        const key = keyFromName(name, taken);
        expect(ContractTypeKey.safeParse(key).success).toBe(true);
        expect(taken).not.toContain(key);
      }),
    );
  });
});

describe('contractTypeNameProblem', () => {
  const others = [{ name: 'Længerevarende botilbud (§ 108)' }];

  it('asks for a name', () => {
    expect(contractTypeNameProblem('   ', others)).toBe('Navnet skal udfyldes.');
  });

  it('refuses a name over 200 characters, saying how long it is', () => {
    expect(contractTypeNameProblem('a'.repeat(201), others)).toBe('Navnet må højst være 200 tegn; det er 201.');
    expect(contractTypeNameProblem('a'.repeat(200), others)).toBeUndefined();
  });

  it('refuses a name in use, whatever the case and spaces', () => {
    expect(contractTypeNameProblem(' længerevarende BOTILBUD (§ 108) ', others)).toBe(
      'Navnet bruges allerede af en anden kontrakttype.',
    );
    expect(contractTypeNameProblem('Aflastning (§ 84)', others)).toBeUndefined();
  });
});
