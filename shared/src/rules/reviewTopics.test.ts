// Tests for the topics required of a contract reviewed without a template.
import { topicsWithoutTemplate } from './reviewTopics';

const published = [{ topic: 'termination' }, { topic: 'priceRegulation' }, { topic: 'termination' }, { topic: 'gdpr' }];

describe('topicsWithoutTemplate', () => {
  it('requires the topics the checklists mark that have a published clause, once each, in checklist order', () => {
    const checklists = [
      { items: [{ requiresTopic: 'gdpr' }, {}, { requiresTopic: 'termination' }] },
      { items: [{ requiresTopic: 'gdpr' }] },
    ];
    expect(topicsWithoutTemplate(checklists, published)).toEqual(['gdpr', 'termination']);
  });

  it('leaves out a marked topic without a published clause', () => {
    const checklists = [{ items: [{ requiresTopic: 'supervision' }, { requiresTopic: 'priceRegulation' }] }];
    expect(topicsWithoutTemplate(checklists, published)).toEqual(['priceRegulation']);
  });

  it('skips items limited to other paragraphs than the one given', () => {
    const checklists = [
      {
        items: [
          { requiresTopic: 'gdpr', applicability: { contractTypes: [], paragraphs: ['sel 108'] } },
          { requiresTopic: 'termination', applicability: { contractTypes: [], paragraphs: ['sel 107'] } },
        ],
      },
    ];
    expect(topicsWithoutTemplate(checklists, published, 'sel 107')).toEqual(['termination']);
    expect(topicsWithoutTemplate(checklists, published)).toEqual(['gdpr', 'termination']);
  });

  it('falls back to every published topic when the checklists require none of them', () => {
    expect(topicsWithoutTemplate([{ items: [{ requiresTopic: 'supervision' }, {}] }], published)).toEqual([
      'termination',
      'priceRegulation',
      'gdpr',
    ]);
    expect(topicsWithoutTemplate([], [])).toEqual([]);
  });
});
