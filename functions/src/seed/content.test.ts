// Data checks a procurement lawyer would make on the demo clauses and templates: children's contracts in Barnets
// Lov's terms, day treatment approved by kvalitetsaftale, PL-rate regulation, own payment, balance, response times
// and the topics a standard contract needs.
import { DEMO_CHECKLISTS } from './content/checklists';
import { DEMO_CLAUSES, type SeedClause } from './content/clauses';
import { CHILD_TYPES, CONTRACT_TYPES, type ContractType } from './content/contractTypes';
import { DEMO_TEMPLATES, type SeedTemplate } from './content/templates';

const clauseByKey = new Map(DEMO_CLAUSES.map((c) => [c.key, c]));
const clausesOf = (template: SeedTemplate): SeedClause[] =>
  template.sections.flatMap((s) => s.clauses.map((ref) => clauseByKey.get(ref.key)!));
const templateOf = (type: ContractType) => DEMO_TEMPLATES.find((t) => t.contractType === type)!;
const wording = (clause: SeedClause) => [clause.title, ...clause.text].join('\n');
const checklistTexts = DEMO_CHECKLISTS.flatMap(({ checklist }) =>
  checklist.items.flatMap((item) => [item.text, item.guidance]),
);

/** Words that belong to adults' services or to the rules before 2024, never in a clause of a children's template. */
const ADULT_ONLY = [
  'borger',
  'afsoning',
  'visiter',
  'fraflyt',
  'dødsfald',
  'opholdssted',
  'botilbud',
  'beboer',
  'boligdokument',
  'indboforsikring',
  '§ 83',
  '§ 85',
  'servicelovens § 52',
  'servicelovens § 66',
  // The offer is a behandlings- og specialundervisningstilbud; "dagbehandling" is only the measure under § 32.
  'dagbehandlingstilbud',
];

/** Names for the provider other than "Leverandøren", which every clause uses. */
const OTHER_PROVIDER_NAMES = [
  'Anbringelsesstedet',
  'Opholdsstedet',
  'Dagbehandlingstilbuddet',
  'Institutionen',
  'Udføreren',
];

describe("children's templates", () => {
  const childTemplates = DEMO_TEMPLATES.filter((t) => CHILD_TYPES.includes(t.contractType));

  it('use no adult-only term in any clause, and every clause fits the contract type', () => {
    expect(childTemplates).toHaveLength(2);
    const found = childTemplates.flatMap((t) =>
      clausesOf(t).flatMap((clause) =>
        ADULT_ONLY.filter((term) => wording(clause).toLowerCase().includes(term)).map(
          (term) => `${clause.key}: ${term}`,
        ),
      ),
    );
    expect(found).toEqual([]);
  });

  it('speak of the børne- og ungehjem, the purpose and expected duration, børneattest and the duty to report', () => {
    const placement = templateOf(CONTRACT_TYPES.placement);
    expect(placement.name).toContain('børne- og ungehjem');
    for (const template of childTemplates) {
      const keys = clausesOf(template).map((c) => c.key);
      expect(keys).toEqual(expect.arrayContaining(['child-purpose', 'criminal-record', 'duty-to-report']));
    }
    expect(clauseByKey.get('child-purpose')!.text.join(' ')).toMatch(/formålet.*forventes at vare/is);
    expect(clausesOf(placement).map((c) => c.key)).toContain('transition-18');
  });

  it('report a child who is missing at once, not on the first working day', () => {
    const sentences = childTemplates
      .flatMap(clausesOf)
      .flatMap((c) => c.text.flatMap((t) => t.split(/(?<=\.) /)))
      .filter((sentence) => /forsvundet|udeblevet/.test(sentence));
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.filter((s) => /første hverdag/.test(s))).toEqual([]);
    expect(sentences.some((s) => /straks/.test(s))).toBe(true);
  });
});

describe('every clause', () => {
  it('fits the contract type of every template that uses it', () => {
    const misfits = DEMO_TEMPLATES.flatMap((t) =>
      clausesOf(t)
        .filter((c) => c.types && !c.types.includes(t.contractType))
        .map((c) => `${t.key}: ${c.key}`),
    );
    expect(misfits).toEqual([]);
  });

  it('names the provider one way only', () => {
    const names = DEMO_CLAUSES.flatMap((c) => OTHER_PROVIDER_NAMES.filter((name) => c.text.join(' ').includes(name)));
    expect(names).toEqual([]);
    expect(DEMO_CLAUSES.filter((c) => c.text.join(' ').includes('Leverandør')).length).toBeGreaterThan(30);
  });

  it('places no duty on the citizen or the child, who is not a party', () => {
    const duties = DEMO_CLAUSES.filter((c) =>
      /(borgeren|barnet|den unge) (sørger|skal selv|har pligt|forpligter)/i.test(c.text.join(' ')),
    );
    expect(duties.map((c) => c.key)).toEqual([]);
  });
});

describe('the behandlings- og specialundervisningstilbud template', () => {
  const template = templateOf(CONTRACT_TYPES.dayTreatment);
  const clauses = clausesOf(template);

  it('names the offer by the law and requires the approval and kvalitetsaftale clause', () => {
    expect(template.name).toContain('behandlings- og specialundervisningstilbud');
    const ref = template.sections.flatMap((s) => s.clauses).find((c) => c.key === 'quality-agreement');
    expect(ref?.mandatory).toBe(true);
    const approval = clauseByKey.get('quality-agreement')!;
    expect(approval.text.join(' ')).toMatch(/beliggenhedskommunen.*kvalitetsaftale/s);
    expect(approval.fields.map((f) => f.type)).toEqual(['text', 'date', 'text']);
  });

  it('says nowhere that socialtilsynet approves the offer, and ends the stay in words written for a child', () => {
    expect(clauses.filter((c) => /socialtilsyn/i.test(wording(c))).map((c) => c.key)).toEqual([]);
    const ending = clauses.filter((c) => c.topic === 'termination');
    expect(ending.map((c) => c.key)).toEqual(['day-treatment-end']);
    expect(ending[0]!.text.join(' ')).toContain('barnet eller den unge');
  });
});

describe('price, own payment and balance', () => {
  const regulation = clauseByKey.get('price-regulation')!;

  it('regulates once a year by the PL rate of the economy agreement, with a date field, and defers to the styringsaftale', () => {
    const text = regulation.text.join(' ');
    expect(text).toMatch(/én gang om året/);
    expect(text).toMatch(/aftale om kommunernes økonomi mellem regeringen og KL/);
    expect(text).toMatch(/rammeaftale.*styringsaftalens regler/s);
    expect(regulation.fields.find((f) => /regulering$/i.test(f.label))?.type).toBe('date');
    expect(regulation.guidance).toMatch(/forhandlingsposition/);
    expect(regulation.guidance).toMatch(/styringsaftalens regler/);
  });

  it("no longer speaks of KL's own rate in clauses, checklists or guides", () => {
    const all = [...DEMO_CLAUSES.flatMap((c) => [...c.text, c.guidance]), ...checklistTexts];
    expect(all.filter((t) => /KL's sats|KL-sats|KL's pris|KL-niveau/.test(t))).toEqual([]);
  });

  it('has the municipality set own payment under § 163, never charged again for what the rate covers', () => {
    const text = clauseByKey.get('own-payment')!.text.join(' ');
    expect(text).toContain('servicelovens § 163');
    expect(text).toMatch(/takstgrundlaget regner med i taksten, kan ikke også opkræves som egenbetaling/);
    expect(text).not.toMatch(/ifølge Leverandørens opgørelse/);
  });

  it('ends contracts only by mutual notice or material breach, with a plan for the transition', () => {
    const endings = DEMO_CLAUSES.filter((c) => c.topic === 'termination');
    expect(endings.length).toBeGreaterThanOrEqual(3);
    for (const clause of endings) {
      const text = clause.text.join(' ');
      expect({ key: clause.key, mutual: text.includes('Hver af parterne kan opsige') }).toEqual({
        key: clause.key,
        mutual: true,
      });
      expect(text).toMatch(/væsentlig misligholdelse/);
      expect(text).toMatch(/overgang/);
    }
    const everything = DEMO_CLAUSES.map((c) => c.text.join(' ')).join('\n');
    expect(everything).not.toMatch(/ophører kontrakten uden varsel|hæve kontrakten uden varsel|kan ikke opsige/i);
  });

  it('keeps the liability clause optional in every template', () => {
    const refs = DEMO_TEMPLATES.flatMap((t) => t.sections.flatMap((s) => s.clauses)).filter(
      (r) => r.key === 'liability',
    );
    expect(refs).toHaveLength(DEMO_TEMPLATES.length);
    expect(refs.every((r) => !r.mandatory)).toBe(true);
  });
});

describe('the topics a standard contract needs', () => {
  const keysOf = (type: ContractType) => clausesOf(templateOf(type)).map((c) => c.key);

  it('are in every template that needs them, each clause with guidance', () => {
    for (const template of DEMO_TEMPLATES) {
      expect(keysOf(template.contractType)).toEqual(
        expect.arrayContaining([
          'change-of-provider',
          'settlement-adjustment',
          'framework-inside',
          'framework-outside',
          'price-regulation',
        ]),
      );
    }
    for (const type of [
      CONTRACT_TYPES.temporary,
      CONTRACT_TYPES.longTerm,
      CONTRACT_TYPES.support,
      CONTRACT_TYPES.placement,
    ]) {
      expect(keysOf(type)).toContain('tilbudsportalen');
    }
    const framework = DEMO_CLAUSES.filter((c) => c.topic === 'framework-agreement');
    expect(framework.map((c) => c.title)).toEqual([
      expect.stringMatching(/^Variant A/),
      expect.stringMatching(/^Variant B/),
    ]);
    expect(framework.every((c) => /to varianter/.test(c.guidance))).toBe(true);
  });
});
