// A template's legal basis against the case's paragraph: fits, does not fit with the matching templates, none known.
import { legalBasisFit, templateMismatch, templateParagraphs } from './templateFit';

const support = {
  name: 'Støtte (§ 85)',
  legalBasis: [
    { law: 'SEL', section: '§85' },
    { law: 'ABL', section: '§105' },
  ],
};
const temporary = { name: 'Midlertidigt botilbud (§ 107)', legalBasis: [{ law: 'SEL', section: '§107' }] };
const templates = [temporary, support];

describe('legal basis of a template against the case', () => {
  it('names the paragraphs a template is written for', () => {
    expect(templateParagraphs(support)).toEqual(['SEL §85', 'ABL §105']);
  });

  it('fits a case under one of its paragraphs, whatever the spacing, and a case with no paragraph', () => {
    expect(legalBasisFit(support, 'SEL §85', templates)).toEqual({ ok: true });
    expect(legalBasisFit(support, 'SEL § 85', templates)).toEqual({ ok: true });
    expect(legalBasisFit(temporary, undefined, templates)).toEqual({ ok: true });
  });

  it('does not fit a § 107 template on a § 85 case: says both in Danish and offers the § 85 template', () => {
    const fit = legalBasisFit(temporary, 'SEL §85', templates);
    expect(fit).toEqual({
      ok: false,
      reason:
        'Midlertidigt botilbud (§ 107) er skrevet til serviceloven § 107, men sagen er afgjort efter serviceloven § 85. ' +
        'Vælg skabelonen til sagens paragraf, eller indsæt denne alligevel.',
      matching: [support],
    });
  });

  it('says so when the library has no template for the case', () => {
    const fit = legalBasisFit(temporary, 'SEL §83', templates);
    expect(fit.ok).toBe(false);
    expect(fit.ok === false && fit.matching).toEqual([]);
    expect(fit.ok === false && fit.reason).toContain('Biblioteket har ingen skabelon til sagens paragraf');
  });
});

describe('the review finding of a template that does not fit', () => {
  const named = templates.map((t, i) => ({ ...t, id: `t${i}` }));
  const [temporaryT, supportT] = named;

  it('reports the template, the reason and the templates for the case paragraph', () => {
    expect(templateMismatch(temporaryT, 'SEL §85', named)).toEqual([
      {
        kind: 'wrongTemplate',
        templateId: 't0',
        title: 'Midlertidigt botilbud (§ 107)',
        reason:
          'Midlertidigt botilbud (§ 107) er skrevet til serviceloven § 107, men sagen er afgjort efter serviceloven § 85.',
        matching: [{ id: 't1', name: 'Støtte (§ 85)' }],
      },
    ]);
  });

  it('reports nothing for a fitting template, no template or no paragraph', () => {
    expect(templateMismatch(supportT, 'SEL §85', named)).toEqual([]);
    expect(templateMismatch(undefined, 'SEL §85', named)).toEqual([]);
    expect(templateMismatch(temporaryT, undefined, named)).toEqual([]);
  });
});
