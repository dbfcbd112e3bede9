// Demo data that teaches what the guidance says: no socialtilsyn reports for offers no socialtilsyn supervises, a
// supervisor per socialtilsynsloven § 2, stk. 3, regulation by the styringsaftale for public providers, and contracts
// built from one alternative of each choice.
import { regulationAlerts } from '@koberollen/shared/rules/regulationAlerts';

import { generateCases } from './cases';
import { SUPERVISED_PARAGRAPHS } from './content/contractTypes';
import { supervisorOf } from './content/places';
import { seedContext } from './context';
import { generateContracts } from './contracts';
import { buildLibrary } from './library';
import { generateProviders } from './providers';

const ctx = seedContext('demo-law', new Date('2026-03-15T10:00:00Z'));
const providers = generateProviders(300, 21, ctx);
const library = buildLibrary(ctx);
const bundles = generateContracts(generateCases(400, 300, providers, library, 22, ctx), library, 23, ctx);

it('gives no socialtilsyn report to a provider offering only day treatment or § 85 support at home', () => {
  const unsupervised = providers.filter((p) => !p.offers.some((o) => SUPERVISED_PARAGRAPHS.has(o.paragraph)));
  expect(unsupervised.some((p) => p.offers.every((o) => o.paragraph === 'BL §32'))).toBe(true);
  expect(unsupervised.flatMap((p) => p.supervisionReports)).toEqual([]);
  const supervised = providers.filter((p) => p.offers.some((o) => SUPERVISED_PARAGRAPHS.has(o.paragraph)));
  expect(supervised.every((p) => p.supervisionReports.length > 0)).toBe(true);
});

it('has an offer in a socialtilsyn host municipality supervised by another region (socialtilsynsloven § 2, stk. 3)', () => {
  expect(supervisorOf('Nordjylland', 'Hjørring Kommune')).toBe('Socialtilsyn Øst');
  expect(supervisorOf('Hovedstaden', 'Frederiksberg Kommune')).toBe('Socialtilsyn Syd');
  expect(supervisorOf('Nordjylland', 'Aalborg Kommune')).toBe('Socialtilsyn Nord');
  const inHost = providers.filter((p) => p.municipality === 'Silkeborg Kommune' && p.supervisionReports.length > 0);
  expect(inHost.length).toBeGreaterThan(0);
  expect(inHost.flatMap((p) => p.supervisionReports.map((r) => r.authority))).not.toContain('Socialtilsyn Midt');
});

it('regulates public providers’ contracts by the styringsaftale, and flags none of them against the PL rate', () => {
  const byId = new Map(providers.map((p) => [p.id, p]));
  const publicOnes = bundles.filter((b) => byId.get(b.contract.providerId)?.ownership === 'public');
  expect(publicOnes.length).toBeGreaterThan(0);
  expect(publicOnes.every((b) => b.contract.priceRegulation.basis === 'framework')).toBe(true);
  const flagged = publicOnes.flatMap((b) => {
    const offer = byId.get(b.contract.providerId)!.offers.find((o) => o.id === b.contract.offerId);
    return regulationAlerts(b.contract, offer, ctx.klRates, ctx.today);
  });
  expect(flagged).toEqual([]);
});

it('builds every contract from exactly one framework variant, the one its regulation basis calls for', () => {
  const inside = library.clauseIds.get('framework-inside')!;
  const outside = library.clauseIds.get('framework-outside')!;
  for (const { contract } of bundles) {
    const ids = contract.clauseVersions.map((v) => v.clauseId);
    const expected = contract.priceRegulation.basis === 'framework' ? inside : outside;
    expect(ids.filter((id) => id === inside || id === outside)).toEqual([expected]);
  }
});
