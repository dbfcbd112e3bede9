// Inserting a template whose sections hold a choice between alternatives (variant A or B of the framework agreement):
// only the alternative the contract takes reaches the document, and none while the choice is open.
import type { Template } from '@koberollen/shared/domain/template';
import { choicesFor } from '@koberollen/shared/rules/templateChoices';
import { testContract } from '@koberollen/shared/rules/testFixtures';

import { templateBlocks } from '../document/build';
import { createOfficeDocument } from './officeDocument';
import { fakeWord } from './testing/fakeWord';
import { ALL, calls, latest, settings, template } from './testing/fixtures';

/** Clause 0 plain; clauses 1 and 2 variant A and B; clause 3 plain. */
function withFrameworkChoice(): Template {
  const base = template(4);
  const [first, inside, outside, last] = base.sections.flatMap((s) => s.clauses);
  return {
    ...base,
    sections: [
      {
        title: 'Parter og grundlag',
        clauses: [
          first!,
          { ...inside!, alternative: { choice: 'framework', option: 'inside' } },
          { ...outside!, alternative: { choice: 'framework', option: 'outside' } },
        ],
      },
      { title: 'Ophør', clauses: [last!] },
    ],
  };
}

async function insertedTitles(choices: Parameters<typeof templateBlocks>[3]) {
  const word = fakeWord();
  await createOfficeDocument(word.run, settings, ALL).insertBlocks(
    templateBlocks(withFrameworkChoice(), latest(), {}, choices),
  );
  return calls(word, 'insertParagraph')
    .map((e) => e.text ?? '')
    .filter((text) => text.startsWith('Klausul'));
}

describe('inserting a template with a choice', () => {
  it('inserts variant A for a contract regulated by the styringsaftale, and leaves B out', async () => {
    const choices = choicesFor({ contract: testContract({ priceRegulation: { basis: 'framework', month: 1 } }) });
    expect(await insertedTitles(choices)).toEqual(['Klausul 0', 'Klausul 1', 'Klausul 3']);
  });

  it('inserts variant B for a contract outside the framework agreement, and leaves A out', async () => {
    expect(await insertedTitles(choicesFor({ contract: testContract() }))).toEqual([
      'Klausul 0',
      'Klausul 2',
      'Klausul 3',
    ]);
  });

  it('inserts neither variant while the choice is open', async () => {
    expect(await insertedTitles({})).toEqual(['Klausul 0', 'Klausul 3']);
  });
});
