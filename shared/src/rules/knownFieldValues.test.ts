// The values the records hold for a contract's fields: one block per source, and how they then read in a sentence.
import type { FieldDefinition } from '../domain/clause';
import type { Provider } from '../domain/provider';
import { renderFieldValues } from './clauseText';
import { knownFieldValues, legalBasisText } from './knownFieldValues';
import { testCase, testContract } from './testFixtures';

const TODAY = '2026-06-15';

const provider: Pick<
  Provider,
  'name' | 'cvr' | 'municipality' | 'region' | 'contacts' | 'offers' | 'supervisionReports'
> = {
  name: 'Bostedet Lyngvænget ApS',
  cvr: '12345674',
  municipality: 'Odense Kommune',
  region: 'Syddanmark',
  contacts: [
    { name: 'Ole Holm', role: 'Økonomiansvarlig' },
    { name: 'Mette Lund', role: 'Forstander' },
  ],
  offers: [
    {
      id: 'offer-1',
      name: 'Lyngvænget – støtte i eget hjem',
      paragraph: 'SEL §85',
      targetGroups: ['Sindslidelse'],
      places: 12,
      methods: [],
      tilbudsportalen: { tilbudsid: '4711', afdelingsid: '815' },
      rates: [
        {
          id: 'hour',
          type: 'hour',
          label: 'Timepris',
          amount: 640,
          negotiatedAt: '2026-03-01',
          source: 'negotiated',
          validFrom: '2026-03-01',
          history: [{ amount: 620.4, negotiatedAt: '2025-11-20', source: 'negotiated', validFrom: '2026-01-01' }],
        },
      ],
    },
  ],
  supervisionReports: [
    { date: '2025-02-01', authority: 'Socialtilsyn Midt', conclusion: 'Ingen bemærkninger' },
    { date: '2026-02-01', authority: 'Socialtilsyn Syd', conclusion: 'Ingen bemærkninger' },
  ],
};

describe('known field values', () => {
  it('take the municipality by name and nothing else without records', () => {
    expect(knownFieldValues({ municipalityName: 'Vestfjord Kommune', today: TODAY })).toEqual({
      municipalityName: 'Vestfjord Kommune',
    });
  });

  it('take the case reference, target group and legal basis from the case, written as the law reads', () => {
    const values = knownFieldValues({ case: testCase({ paragraph: 'SEL §85' }), today: TODAY });
    expect(values).toMatchObject({ caseReference: testCase().reference, legalBasis: 'serviceloven § 85' });
    expect(values.targetGroup).toBe(testCase().targetGroup);
    expect(legalBasisText('BL §43')).toBe('barnets lov § 43');
    expect(legalBasisText('Lov 1532 §4')).toBe('Lov 1532 §4');
  });

  it("take a day-treatment case's decision date as the date of the decision on day treatment", () => {
    const dayTreatment = testCase({ paragraph: 'BL §32', decisionDate: '2026-05-02' });
    expect(knownFieldValues({ case: dayTreatment, today: TODAY }).dayTreatmentDecisionDate).toBe('2026-05-02');
    const stay = testCase({ paragraph: 'SEL §107', decisionDate: '2026-05-02' });
    expect(knownFieldValues({ case: stay, today: TODAY }).dayTreatmentDecisionDate).toBeUndefined();
  });

  it('take the provider, its offer, Tilbudsportalen, region, supervision and signatory from the provider', () => {
    const found = testCase({ chosenOffer: { providerId: 'prov-1', offerId: 'offer-1' } });
    expect(knownFieldValues({ case: found, provider, today: TODAY })).toMatchObject({
      providerName: 'Bostedet Lyngvænget ApS',
      providerCvr: '12345674',
      offerName: 'Lyngvænget – støtte i eget hjem',
      tilbudsportalenId: '4711 (afdelings-id 815)',
      frameworkRegion: 'Region Syddanmark',
      approvingMunicipality: 'Odense Kommune',
      supervisoryAuthority: 'Socialtilsyn Syd',
      providerSignatory: 'Mette Lund, forstander',
    });
  });

  it('leave out what a provider does not hold', () => {
    const bare = { ...provider, contacts: [], supervisionReports: [], offers: [] };
    const values = knownFieldValues({ provider: bare, today: TODAY });
    expect(Object.keys(values)).not.toEqual(
      expect.arrayContaining(['offerName', 'tilbudsportalenId', 'supervisoryAuthority', 'providerSignatory']),
    );
    expect(values).not.toHaveProperty('offerName');
    expect(values).not.toHaveProperty('providerSignatory');
  });

  it('take dates, rates by unit, notice, follow-up, regulation and weekly hours from the contract', () => {
    const contract = testContract({
      startDate: '2026-01-01',
      endDate: '2027-06-30',
      reviewDate: '2026-12-01',
      rates: [
        { type: 'hour', label: 'Timepris', amount: 620.4, validFrom: '2026-01-01' },
        { type: 'day', label: 'Døgntakst', amount: 2000, validFrom: '2026-01-01', validTo: '2026-06-01' },
        { type: 'day', label: 'Døgntakst', amount: 2100, validFrom: '2026-06-01' },
      ],
      weeklyHours: 6,
      noticePeriodMonths: 2,
      followUpCadenceMonths: 3,
      renegotiationDate: '2026-10-01',
      priceRegulation: { basis: 'kl', month: 4 },
    });
    const values = knownFieldValues({ case: testCase({ paragraph: 'SEL §85' }), provider, contract, today: TODAY });
    expect(values).toMatchObject({
      startDate: '2026-01-01',
      endDate: '2027-06-30',
      reviewDate: '2026-12-01',
      expectedDurationMonths: '18',
      rateAmount: '2100',
      rateUnit: 'pr. døgn',
      rateValidFrom: '2026-06-01',
      hourlyRate: '620.4',
      negotiatedDate: '2025-11-20',
      hoursSection85: '6',
      noticeMonths: '2',
      followUpMonths: '3',
      renegotiationDate: '2026-10-01',
      firstRegulationDate: '2027-04-01',
    });
    expect(values).not.toHaveProperty('hoursSection83');
  });

  it('take an hourly rate as the rate when the contract has no other, and no regulation date for fixed prices', () => {
    const contract = testContract({
      rates: [{ type: 'hour', label: 'Timepris', amount: 700, validFrom: '2026-01-01' }],
      priceRegulation: { basis: 'none', month: 1 },
    });
    const values = knownFieldValues({ contract, today: TODAY });
    expect(values).toMatchObject({ rateAmount: '700', rateUnit: 'pr. time (ansigt til ansigt)', hourlyRate: '700' });
    expect(values).not.toHaveProperty('firstRegulationDate');
    expect(values).not.toHaveProperty('negotiatedDate');
  });

  it('take the special rate with its unit, period and reason', () => {
    const contract = testContract({
      specialRate: {
        type: 'day',
        amount: 450,
        reason: 'Ekstra nattevagt',
        startDate: '2026-02-01',
        endDate: '2026-04-30',
        monthlyReview: false,
      },
    });
    expect(knownFieldValues({ contract, today: TODAY })).toMatchObject({
      specialRateAmount: '450',
      specialRateUnit: 'pr. døgn',
      specialRateStart: '2026-02-01',
      specialRateEnd: '2026-04-30',
      specialRateReason: 'Ekstra nattevagt',
    });
  });

  it('read as the fields read: dates dd.mm.yyyy, amounts with decimal comma, counts with their noun', () => {
    const fields: FieldDefinition[] = [
      { key: 'startDate', label: 'Startdato', type: 'date', required: true },
      { key: 'hourlyRate', label: 'Timepris (kr.)', type: 'amount', required: true },
      {
        key: 'noticeMonths',
        label: 'Opsigelsesvarsel (måneder)',
        type: 'number',
        required: true,
        unit: { one: 'måned', other: 'måneder', every: false },
      },
      {
        key: 'followUpMonths',
        label: 'Opfølgning hver (måneder)',
        type: 'number',
        required: true,
        unit: { one: 'måned', other: 'måneder', every: true },
      },
    ];
    const values = { startDate: '2026-01-01', hourlyRate: '620.4', noticeMonths: '2', followUpMonths: '3', other: 'x' };
    expect(renderFieldValues(values, fields)).toEqual({
      startDate: '01.01.2026',
      hourlyRate: '620,40',
      noticeMonths: '2 måneder',
      followUpMonths: 'tredje måned',
      other: 'x',
    });
  });
});
