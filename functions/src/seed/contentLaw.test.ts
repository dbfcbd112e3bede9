// The legal second reading of the served library, rule by rule: what blocked use (day treatment, ungestøtte, the end
// of a placement) and what had to be fixed (§ 85, § 107, the contract basis, rates, the duty to report, data
// protection, liability, regulation), each read in the Danish text a municipality is served.
import { CONTRACT_TYPES } from './content/contractTypes';
import {
  ALL_TYPES,
  clauseGuidance,
  clauseWords,
  everyServedText,
  servedTemplate,
  templateClauses,
  templateWords,
} from './testing/servedText';

const { temporary, longTerm, support, dayTreatment } = CONTRACT_TYPES;

describe('day treatment (lov nr. 1532 af 12. december 2023)', () => {
  it('names both decisions behind a referral: barnets lov § 32, stk. 1, nr. 5 or 8, and folkeskolelovens § 3, stk. 2', () => {
    const words = templateWords(dayTreatment);
    expect(words).toContain('barnets lov § 32, stk. 1, nr. 5 eller 8');
    expect(words).toContain('folkeskolelovens § 3, stk. 2');
    expect(words).toContain('pædagogisk-psykologisk rådgivning');
    expect(clauseWords('day-treatment-basis')).toMatch(/to afgørelser/);
  });

  it('lets a young person finish the school year after 18 when the municipalities and the offer agree (§ 4, stk. 3)', () => {
    const clause = clauseWords('day-treatment-18');
    expect(clause).toContain('resten af skoleåret');
    expect(clause).toMatch(/kommuner, der har henvist den unge, og Leverandøren er enige/);
    expect(clauseGuidance('day-treatment-18')).toContain('§ 4, stk. 3');
  });

  it('contacts the parents the same day about a child who does not turn up, and never sends it to the police', () => {
    const incidents = templateClauses(dayTreatment).filter((c) => c.topic === 'incidents');
    expect(incidents.map((c) => c.title)).toEqual(['Hændelser og et barn, der ikke møder op']);
    const words = clauseWords('day-incidents');
    expect(words).toContain('forældremyndigheden');
    expect(words).toContain('kontakter Leverandøren forældrene samme dag');
    expect(words).not.toMatch(/politi/);
  });
});

describe('ungestøtte and the ungeplan (barnets lov kapitel 13)', () => {
  it("no served text contains 'efterværn'", () => {
    expect(everyServedText().toLowerCase()).not.toContain('efterværn');
  });

  it('keeps the placement going under ungestøtte and names the ungeplan from 16 (barnets lov § 108)', () => {
    const words = clauseWords('transition-18');
    expect(words).toContain('ungestøtte efter barnets lov kapitel 13');
    expect(words).toContain('fortsætter kontrakten, til ungestøtten ophører');
    expect(words).toContain('ungeplan, Kommunen udarbejder efter barnets lov § 108');
    expect(clauseWords('child-follow-up')).toContain('ungeplanen');
  });
});

describe('the end of a placement', () => {
  it('ends the stay when § 46 consent is withdrawn without a § 47 decision or a § 47 decision is quashed', () => {
    const words = clauseWords('placement-end');
    expect(words).toMatch(
      /samtykket til en anbringelse efter barnets lov § 46 tilbage, uden at Kommunen træffer afgørelse efter § 47/,
    );
    expect(words).toMatch(/ophæves en afgørelse efter § 47, ophører opholdet samme dag/);
    expect(words).toContain('Varslet gælder da kun betalingen');
  });

  it('never lets "only for material breach" stop moving a child at once for its safety', () => {
    for (const key of ['placement-end', 'day-treatment-end', 'termination']) {
      const words = clauseWords(key);
      expect(words).toMatch(/væsentlig misligholdelse/);
      expect(words).toMatch(/straks/);
      expect(words).toMatch(/sikkerhed/);
    }
  });
});

describe('§ 85 support at home', () => {
  it('uses no residential wording', () => {
    const words = templateClauses(support).map((c) => `${c.title}\n${c.paragraphs.map((p) => p.text).join('\n')}`);
    const text = [servedTemplate(support).name, servedTemplate(support).description, ...words].join('\n');
    for (const residential of [
      'køb af en plads',
      'godkendt til målgruppen',
      'godkendt efter socialtilsynsloven',
      'i et botilbud',
    ]) {
      expect(text).not.toContain(residential);
    }
  });

  it('says socialtilsynet approves § 85 only in botilbudslignende ABL § 105 housing, and has a rule for cancelled visits', () => {
    expect(templateWords(support)).toMatch(/Socialtilsynet godkender kun .*§ 85.*almenboligloven § 105/);
    expect(templateClauses(support).map((c) => c.title)).toContain('Aflyste besøg');
    expect(clauseWords('cancelled-visits')).toMatch(/afbud/);
  });
});

describe('§ 107 and § 108 own payment (serviceloven § 163, stk. 2)', () => {
  it('makes own payment mandatory in both residential templates, naming § 163, stk. 2', () => {
    for (const type of [temporary, longTerm]) {
      const ref = servedTemplate(type)
        .sections.flatMap((s) => s.clauses)
        .find((r) => templateClauses(type).find((c) => c.id === r.clauseId)?.topic === 'own-payment');
      expect(ref?.mandatory).toBe(true);
    }
    expect(clauseWords('own-payment')).toContain('servicelovens § 163, stk. 2');
  });

  it('lets a temporary resident who keeps their own home normally pay nothing for housing', () => {
    expect(clauseWords('own-payment')).toMatch(/bevaret sin egen bolig, betaler borgeren normalt ikke for boligen/);
  });
});

describe('the contract basis', () => {
  it('puts no decision or plan in the ranking or the annexes, and keeps the internal approval rule out of the terms', () => {
    const words = clauseWords('contract-basis');
    expect(words).not.toMatch(/rækkefølge af: kontrakten, Kommunens afgørelse/);
    expect(words).toMatch(/kan ikke give den, indsatsen gælder, færre rettigheder/);
    expect(words).toMatch(/Hverken kontrakten eller bilagene indeholder personnummer/);
    expect(words).not.toMatch(/kontraktforhandler skal godkende/);
    expect(clauseGuidance('contract-basis')).toMatch(/intern regel/);
  });
});

describe('rates and the takstredegørelse', () => {
  it('gives the provider no one-sided route to a higher rate: a changed rate needs a written agreement', () => {
    const words = clauseWords('rate-basis');
    expect(words).not.toMatch(/før en ændret takst kan gøres gældende/);
    expect(words).toMatch(/en ændret takst gælder først, når parterne har aftalt den skriftligt/);
  });

  it('protects the takstredegørelse in aktindsigt', () => {
    expect(clauseWords('rate-basis')).toMatch(/aktindsigt/);
    expect(clauseGuidance('rate-basis')).toContain('offentlighedslovens § 30, nr. 2');
  });
});

describe('the duty to report (barnets lov § 133)', () => {
  it('is personal, and a concern for another child goes to that child’s municipality, not the buyer', () => {
    const words = clauseWords('duty-to-report');
    expect(words).toContain('barnets lov § 133');
    expect(words).toMatch(/Pligten er personlig/);
    expect(words).toMatch(/et andet barn, sendes den til kommunalbestyrelsen i det andet barns opholdskommune/);
    expect(clauseGuidance('duty-to-report')).toContain('servicelovens § 153');
  });
});

describe('data protection', () => {
  it('assesses the roles instead of declaring both controllers, with a databehandleraftale for a processor', () => {
    const words = clauseWords('data-protection');
    expect(words).not.toMatch(/hver for sig dataansvarlige/);
    expect(words).toMatch(/databehandler, og parterne indgår en databehandleraftale/);
    expect(clauseGuidance('data-protection')).toContain('artikel 28');
  });

  it('covers the basis for disclosure, hand-over when the person moves, and deletion', () => {
    const words = clauseWords('data-protection');
    expect(words).toMatch(/forvaltningslovens regler om tavshedspligt og videregivelse/);
    expect(words).toMatch(/Flytter den, indsatsen gælder, til et andet tilbud, overdrager Leverandøren/);
    expect(words).toMatch(/slettes/);
  });
});

describe('liability', () => {
  it("no clause says the municipality 'påtager sig ikke at dække skader' and then covers them", () => {
    const words = clauseWords('liability');
    expect(words).not.toMatch(/påtager sig ikke at dække skader/);
    expect(words).not.toMatch(/Uanset det foregående/);
    expect(words).toMatch(
      /med højst \{\{liabilityCap\}\} kr\. pr\. skade og kun i det omfang, Leverandørens forsikring ikke dækker/,
    );
  });
});

describe('price regulation', () => {
  it('says which PL figure applies: service expenditure, as estimated at the economy agreement, no later correction', () => {
    const words = clauseWords('price-regulation');
    expect(words).toContain('pris- og lønudviklingen på serviceudgifter');
    expect(words).toContain('som den er skønnet i den seneste aftale om kommunernes økonomi');
    expect(words).toContain('Senere korrektioner af skønnet ændrer ikke');
  });

  it('lets the styringsaftale rule an offer inside a framework agreement', () => {
    expect(clauseWords('price-regulation')).toMatch(/reguleres taksten i stedet efter styringsaftalens regler/);
    expect(clauseGuidance('price-regulation')).toMatch(/efter rammeaftalens styringsaftale/);
  });
});

describe('alternatives are choices', () => {
  it('lists variant A and B and the two special rates as alternatives of a choice in every template, never as plain clauses', () => {
    for (const type of ALL_TYPES) {
      const plain = templateClauses(type, true).map((c) => c.topic);
      expect(plain).not.toContain('framework-agreement');
      expect(plain).not.toContain('special-rate');
      const choices = servedTemplate(type)
        .sections.flatMap((s) => s.clauses)
        .flatMap((ref) => (ref.alternative ? [`${ref.alternative.choice}:${ref.alternative.option}`] : []));
      expect(choices).toEqual([
        'framework:inside',
        'framework:outside',
        'specialRate:endDate',
        'specialRate:monthlyReview',
      ]);
    }
  });
});
