// Tests for the case phase rules: allowed moves, refusals and their Danish reasons.
import { allowedTransitions, checkTransition } from './caseTransitions';
import { testCase } from './testFixtures';

const offer = { providerId: 'prov-1', offerId: 'offer-1' };
const noContract = { hasContract: false };

describe('allowedTransitions', () => {
  it('allows one step forward, one step back and closing', () => {
    expect(allowedTransitions('need')).toEqual(['scan', 'closed']);
    expect(allowedTransitions('scan')).toEqual(['choice', 'need', 'closed']);
    expect(allowedTransitions('choice')).toEqual(['negotiation', 'scan', 'closed']);
    expect(allowedTransitions('negotiation')).toEqual(['followUp', 'choice', 'closed']);
    expect(allowedTransitions('followUp')).toEqual(['negotiation', 'closed']);
  });

  it('allows nothing from closed', () => {
    expect(allowedTransitions('closed')).toEqual([]);
  });
});

describe('checkTransition', () => {
  it('accepts a plain step forward and back', () => {
    expect(checkTransition(testCase({ phase: 'need' }), 'scan', noContract)).toEqual({ ok: true });
    expect(checkTransition(testCase({ phase: 'choice' }), 'scan', noContract)).toEqual({ ok: true });
    expect(checkTransition(testCase({ phase: 'scan' }), 'closed', noContract)).toEqual({ ok: true });
  });

  it('refuses staying in the same phase', () => {
    const result = checkTransition(testCase({ phase: 'scan' }), 'scan', noContract);
    expect(result).toEqual({ ok: false, reason: 'Sagen er allerede i fasen »Afdækning af relevante tilbud«.' });
  });

  it('refuses skipping phases', () => {
    const result = checkTransition(testCase({ phase: 'need' }), 'choice', noContract);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain('»Fastlæggelse af støttebehov« til »Valg af tilbud«');
    expect(checkTransition(testCase({ phase: 'followUp' }), 'choice', noContract).ok).toBe(false);
  });

  it('refuses reopening a closed case', () => {
    for (const to of ['need', 'followUp'] as const) {
      const result = checkTransition(testCase({ phase: 'closed' }), to, { hasContract: true });
      expect(result).toEqual({ ok: false, reason: 'Sagen er afsluttet og kan ikke genåbnes. Opret en ny sag.' });
    }
  });

  it('needs a chosen offer to leave choice forward', () => {
    const refused = checkTransition(testCase({ phase: 'choice' }), 'negotiation', noContract);
    expect(refused).toEqual({
      ok: false,
      reason: 'Vælg et tilbud, før sagen går videre til »Forhandling og kontrakt«.',
    });
    expect(checkTransition(testCase({ phase: 'choice', chosenOffer: offer }), 'negotiation', noContract)).toEqual({
      ok: true,
    });
  });

  it('needs a chosen offer to enter negotiation from follow-up too', () => {
    expect(checkTransition(testCase({ phase: 'followUp' }), 'negotiation', { hasContract: true }).ok).toBe(false);
    expect(
      checkTransition(testCase({ phase: 'followUp', chosenOffer: offer }), 'negotiation', { hasContract: true }).ok,
    ).toBe(true);
  });

  it('needs a contract to enter follow-up', () => {
    const negotiating = testCase({ phase: 'negotiation', chosenOffer: offer });
    expect(checkTransition(negotiating, 'followUp', noContract)).toEqual({
      ok: false,
      reason: 'Sagen skal have en kontrakt, før den går videre til »Opfølgning«.',
    });
    expect(checkTransition(negotiating, 'followUp', { hasContract: true })).toEqual({ ok: true });
  });

  it('lets any open phase close without further conditions', () => {
    for (const phase of ['need', 'scan', 'choice', 'negotiation', 'followUp'] as const) {
      expect(checkTransition(testCase({ phase }), 'closed', noContract)).toEqual({ ok: true });
    }
  });
});
