// The legal second reading, continued: the terms that should be fixed (fallbacks, limits both ways, who changes what),
// the review checklist's items for the law, each limited to its contract types, and the language of the library.
import { CONTRACT_TYPES } from './content/contractTypes';
import {
  ALL_TYPES,
  clauseGuidance,
  clauseWords,
  everyServedText,
  reviewItemsFor,
  servedClause,
  servedTemplate,
  templateWords,
} from './testing/servedText';

const { temporary, support, placement, dayTreatment } = CONTRACT_TYPES;

describe('terms that should be fixed', () => {
  it('keeps the contract running when no new decision exists on the end date', () => {
    expect(clauseWords('term')).toMatch(/ikke truffet en ny afgørelse, .* løber kontrakten videre på de samme vilkår/);
  });

  it('pays for a place reserved before move-in, and gives § 107 a review date', () => {
    expect(clauseWords('term')).toMatch(/Holdes pladsen efter aftale ledig fra den \{\{reservedFrom\}\}/);
    expect(clauseWords('term')).toMatch(/revurdering senest den \{\{reviewDate\}\}/);
  });

  it('limits late invoicing and the municipality’s repayment claim alike, retroactive decisions exempt (aftalelovens § 36)', () => {
    expect(clauseWords('settlement')).toMatch(/afgørelse med tilbagevirkende kraft/);
    expect(clauseWords('settlement-adjustment')).toMatch(
      /Kommunen gør krav på tilbagebetaling gældende inden for den samme frist/,
    );
    expect(clauseGuidance('settlement')).toContain('aftalelovens § 36');
  });

  it('lets an add-on without a contract price be ordered at a price agreed in writing', () => {
    expect(clauseWords('add-on-services')).toMatch(
      /kan kun bestilles, når Kommunen og Leverandøren skriftligt har aftalt prisen/,
    );
  });

  it('gives a demand for renegotiation a deadline and a consequence, and adapts the contract to a change in law', () => {
    const words = clauseWords('renegotiation');
    expect(words).toMatch(/ikke enige senest \{\{renegotiationWeeks\}\}/);
    expect(words).toMatch(/Ændres lovgivningen/);
    expect(words).toMatch(/aldrig forpligte nogen af parterne til at handle i strid med loven/);
  });

  it('does not let the provider change Tilbudsportalen entries socialtilsynet approves', () => {
    expect(clauseWords('tilbudsportalen')).not.toMatch(/Leverandøren retter Tilbudsportalen/);
    expect(clauseWords('tilbudsportalen')).toMatch(/beder socialtilsynet om at rette/);
  });

  it('times notice of an ownership change from when the provider learns of it', () => {
    expect(clauseWords('change-of-provider')).toMatch(/efter, at Leverandøren har fået kendskab til den/);
  });

  it('computes a reduction on a day rate from a price per hour not delivered', () => {
    expect(clauseWords('weekly-hours')).toMatch(
      /\{\{undeliveredHourPrice\}\} kr\. for hver aftalt time, der ikke er leveret/,
    );
  });

  it('asks børneattest for people with a fixed attachment and children under 15, and a straffeattest with consent for 15-17', () => {
    const words = clauseWords('criminal-record');
    expect(words).toMatch(/fast tilknytning/);
    expect(words).toMatch(/børn under 15 år/);
    expect(words).toMatch(/mellem 15 og 17 år.*samtykke om en straffeattest/);
  });

  it("gives the municipality's supervision access, naming barnets lov §§ 95-96 and § 156", () => {
    expect(clauseWords('supervision')).toMatch(/uden Leverandørens personale til stede/);
    expect(clauseGuidance('supervision')).toContain('barnets lov §§ 95-96 og § 156');
  });

  it('has an absence rule in day treatment and names the housing document’s executive order', () => {
    expect(clauseWords('attendance')).toMatch(/fuld takst under fravær/);
    expect(clauseWords('housing-document')).toContain('bekendtgørelse nr. 715 af 19. juni 2013');
  });

  it('names the acting and paying municipality in every template', () => {
    for (const type of ALL_TYPES) {
      expect(servedTemplate(type).description).toMatch(/handlekommune/);
      expect(templateWords(type)).toMatch(/betalingskommune/);
    }
    expect(clauseGuidance('parties')).toContain('retssikkerhedslovens § 9 c');
  });
});

describe('review checklist items for the law, each limited to its contract types', () => {
  const only = (item: string) => ALL_TYPES.filter((type) => reviewItemsFor(type).includes(item));

  it('asks about the data-protection role in every contract', () => {
    expect(only('data-protection-role')).toEqual(ALL_TYPES);
  });

  it('asks about both day-treatment decisions and the school year past 18 in day treatment only', () => {
    expect(only('day-treatment-decisions')).toEqual([dayTreatment]);
    expect(only('day-treatment-18')).toEqual([dayTreatment]);
  });

  it('asks about the ungeplan in a placement only, and the § 107 end date in a temporary stay only', () => {
    expect(only('ungeplan')).toEqual([placement]);
    expect(only('temporary-end')).toEqual([temporary]);
  });

  it('reminds of the procurement rules for large single purchases (udbudslovens afsnit III)', () => {
    expect(only('procurement-rules')).toEqual(ALL_TYPES);
    expect(everyServedText()).toContain('udbudslovens afsnit III');
  });
});

describe('language', () => {
  it('calls § 83 personal care hours what they are, and § 85 support no purchase of a place', () => {
    expect(servedClause('weekly-hours').title).toBe('Ugentlige timer efter § 83 og § 85');
    expect(clauseWords('weekly-hours')).toContain('personlig hjælp og pleje efter servicelovens § 83');
    expect(templateWords(support)).not.toContain('køb af en plads');
  });

  it("uses no colloquial 'bakker op om' and no 'KL's reguleringssats'", () => {
    expect(everyServedText()).not.toMatch(/bakker op/);
    expect(everyServedText()).not.toMatch(/KL's reguleringssats/);
  });

  it('holds nothing that looks like a CPR number', () => {
    expect(everyServedText()).not.toMatch(/\b\d{6}-?\d{4}\b/);
  });
});
