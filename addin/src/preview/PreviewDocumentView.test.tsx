// The preview renders clause text as text: markup in a clause or a field never becomes elements on the page.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen } from '@testing-library/react';

import { createPreviewDocument } from './previewDocument';
import { PreviewDocumentView } from './PreviewDocumentView';

it('shows <script>, <img onerror> and ]]> in a clause as literal text', async () => {
  const previewDocument = createPreviewDocument();
  const hostile = '<script>window.hacked = 1</script> <img src=x onerror="window.hacked = 2"> ]]>';
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewDocumentView previewDocument={previewDocument} />
    </FluentProvider>,
  );
  await act(() =>
    previewDocument.insertBlocks([
      {
        kind: 'clause',
        clause: {
          clauseId: 'x',
          version: 1,
          title: 'Klausul',
          paragraphs: [
            [
              { kind: 'text', text: hostile },
              { kind: 'field', key: 'k', label: 'Felt', value: '<b>fed</b>' },
            ],
          ],
        },
      },
    ]),
  );
  const clause = screen.getByRole('article', { name: 'Klausul: Klausul' });
  expect(clause.querySelector('script, img, b')).toBeNull();
  expect(clause.textContent).toContain(`${hostile}<b>fed</b>`);
  expect((window as { hacked?: number }).hacked).toBeUndefined();
});
