// Counting a review's findings by kind and deciding whether it is clean.
import { countFindings, reviewIsClean } from './reviewRecord';

describe('countFindings', () => {
  it('counts each kind and reports the kinds without findings as 0', () => {
    const counts = countFindings([{ kind: 'deviating' }, { kind: 'deviating' }, { kind: 'emptyField' }]);
    expect(counts).toEqual({
      missingMandatory: 0,
      outdated: 0,
      deviating: 2,
      unknown: 0,
      emptyField: 1,
      uncheckedItem: 0,
      missingTopic: 0,
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
