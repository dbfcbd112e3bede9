// The tab's error text in jsdom: a problem document's fields are named in Danish, never by the API's field keys.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';

import { ApiError } from '@koberollen/shared/api/apiError';
import { cprRefusalIn } from '@koberollen/shared/rules/cpr';

import { describeError, ErrorState } from './states';

const CPR = 'Ser ud til at være et CPR-nummer.';

it('names a refused field by its Danish label in the error shown', async () => {
  const error = new ApiError(422, {
    title: 'Kan ikke behandles',
    status: 422,
    detail: cprRefusalIn(['targetGroup']),
    fields: { targetGroup: CPR },
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <ErrorState error={error} />
    </FluentProvider>,
  );
  const shown = (await screen.findAllByText(/Målgruppe: ser ud til at være et CPR-nummer\./))[0]!.textContent ?? '';
  expect(shown).toContain('Feltet »Målgruppe« ser ud til at indeholde et CPR-nummer');
  expect(shown).not.toMatch(/targetGroup/);
});

it('names fields inside lists with their position, and leaves out keys without a Danish name, without the words about the request', () => {
  const error = new ApiError(400, {
    title: 'Ugyldig forespørgsel',
    status: 400,
    detail: 'Ugyldige felter i forespørgslens indhold.',
    fields: {
      'offers.0.targetGroups.1': CPR,
      'offers.1.rates.0.validTo': 'Slutdatoen ligger før startdatoen.',
      'alternatives.0.providerId': 'Leverandøren findes ikke.',
    },
  });
  expect(describeError(error)).toBe(
    'Tilbud 1 › Målgrupper: ser ud til at være et CPR-nummer. Tilbud 2 › Takster 1 › Gælder til: slutdatoen ligger ' +
      'før startdatoen. Alternativer 1: leverandøren findes ikke.',
  );
});
