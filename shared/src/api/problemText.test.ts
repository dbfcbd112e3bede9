// A refused request reads as the wrong fields by their Danish names and what is wrong with each.
import { ApiError } from './apiError';
import { problemText } from './problemText';

describe('problemText', () => {
  it('names each wrong field and its limit, without the words about the request', () => {
    const error = new ApiError(400, {
      title: 'Ugyldig forespørgsel',
      detail: 'Ugyldige felter i forespørgslens indhold.',
      fields: { followUpCadenceMonths: 'Højst 24 måneder.', 'lines.1.unitPrice': 'Skal være et tal.' },
    });
    expect(problemText(error)).toBe(
      'Opfølgning hver (måneder): højst 24 måneder. Fakturalinjer 2 › Enhedspris: skal være et tal.',
    );
  });

  it('keeps the message alone for a field no form names, and an acronym in capitals', () => {
    const error = new ApiError(400, {
      title: 'Ugyldig',
      fields: { 'x.y': 'Feltet kendes ikke.', title: 'CPR-numre gemmes ikke.' },
    });
    expect(problemText(error)).toBe('Feltet kendes ikke. Titel: CPR-numre gemmes ikke.');
  });

  it('gives the explanation of any other refusal first', () => {
    const error = new ApiError(422, {
      title: 'Afvist',
      detail: 'Sagen er lukket.',
      fields: { reason: 'Skal udfyldes.' },
    });
    expect(problemText(error)).toBe('Sagen er lukket. Begrundelse: skal udfyldes.');
    expect(problemText(new ApiError(409, { title: 'Konflikt' }))).toBe('Konflikt');
  });
});
