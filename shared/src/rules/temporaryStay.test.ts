// Tests for the § 107 rule: a temporary stay's contract needs an end date or a review date, and a review date makes a
// milestone.
import { milestonesForContract } from './milestones';
import { termDateErrors } from './temporaryStay';
import { TEST_USER, testContract } from './testFixtures';

const open = { startDate: '2026-01-01' };

describe('termDateErrors', () => {
  it('asks a § 107 contract for an end date or a review date, and nothing of other paragraphs', () => {
    expect(termDateErrors(open, 'SEL §107')).toEqual({
      endDate: 'Et midlertidigt ophold efter serviceloven § 107 skal have en slutdato eller en revurderingsdato',
    });
    expect(termDateErrors({ ...open, reviewDate: '2026-07-01' }, 'SEL §107')).toEqual({});
    expect(termDateErrors({ ...open, endDate: '2026-12-31' }, 'SEL §107')).toEqual({});
    expect(termDateErrors(open, 'SEL §108')).toEqual({});
    expect(termDateErrors(open, undefined)).toEqual({});
  });

  it('refuses dates before the start', () => {
    expect(termDateErrors({ ...open, endDate: '2025-12-31', reviewDate: '2025-06-01' }, 'SEL §107')).toEqual({
      endDate: 'Slutdatoen ligger før startdatoen',
      reviewDate: 'Revurderingsdatoen ligger før startdatoen',
    });
  });
});

it('makes a reassessment milestone on the review date', () => {
  const contract = { ...testContract({ reviewDate: '2026-06-15' }), id: 'k-1' };
  const milestones = milestonesForContract(contract, { caseId: 'case-1', assignees: [TEST_USER] });
  expect(milestones.filter((m) => m.kind === 'reassessment')).toEqual([
    expect.objectContaining({
      dueDate: '2026-06-15',
      title: 'Indsatsen revurderes',
      id: 'k-1-reassessment-2026-06-15',
    }),
  ]);
});
