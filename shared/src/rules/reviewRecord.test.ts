// Counting a review's findings by kind and deciding whether it is clean.
import { countFindings, describeReview, reviewIsClean } from './reviewRecord';

describe('countFindings', () => {
  it('counts each kind and reports the kinds without findings as 0', () => {
    const counts = countFindings([{ kind: 'deviating' }, { kind: 'deviating' }, { kind: 'emptyField' }]);
    expect(counts).toEqual({
      missingMandatory: 0,
      outdated: 0,
      deviating: 2,
      unknown: 0,
      emptyField: 1,
      conflictingAlternatives: 0,
      openChoice: 0,
      uncheckedItem: 0,
      missingTopic: 0,
      wrongTemplate: 0,
    });
  });
});

describe('reviewIsClean', () => {
  it('is clean without findings or with only accepted ones, and not with an open one', () => {
    expect(reviewIsClean([])).toBe(true);
    expect(reviewIsClean([{ accepted: true }])).toBe(true);
    expect(reviewIsClean([{ accepted: true }, { accepted: false }])).toBe(false);
  });
});

describe('describeReview', () => {
  const finding = (accepted: boolean) => ({ kind: 'deviating' as const, ref: 'c1', title: 'Opsigelse', accepted });
  const item = { checklistId: 'cl1', itemId: 'i1' };

  it('counts open findings, accepted deviations and ticked items', () => {
    const review = { findings: [finding(false), finding(false), finding(true)], checkedItems: [item] };
    expect(describeReview(review)).toBe('2 åbne fund, 1 accepteret afvigelse, 1 punkt afkrydset');
  });

  it('says when nothing is left open and leaves out accepted deviations when there are none', () => {
    expect(describeReview({ findings: [], checkedItems: [] })).toBe('ingen åbne fund, 0 punkter afkrydset');
  });
});
