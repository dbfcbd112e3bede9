// A view whose code fails to load or that fails to render says so in Danish, and "Prøv igen" loads it anew.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Suspense } from 'react';

import { lazyViews } from '@koberollen/shared/ui/lazyViews';
import { ViewBoundary } from '@koberollen/shared/ui/ViewBoundary';

function Harness({ views, name }: { views: ReturnType<typeof lazyViews<string, object>>; name: string }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <ViewBoundary resetKey={name} onRetry={() => views.forget(name)}>
        {() => {
          const View = views.get(name);
          return (
            <Suspense fallback={<p>Henter …</p>}>
              <View />
            </Suspense>
          );
        }}
      </ViewBoundary>
    </FluentProvider>
  );
}

describe('the view boundary', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('reports code that could not be loaded, offers a reload, and loads the code again on "Prøv igen"', async () => {
    let attempts = 0;
    const views = lazyViews<string, object>(() => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module: /teams/assets/Sag-1.js'))
        : Promise.resolve(() => <p>Sagen</p>);
    });
    render(<Harness views={views} name="sag" />);
    expect((await screen.findByRole('alert')).textContent).toContain('Visningen kunne ikke hentes');
    expect(screen.getByRole('button', { name: 'Genindlæs siden' })).toBeTruthy();
    await act(() => Promise.resolve(fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' }))));
    expect(await screen.findByText('Sagen')).toBeTruthy();
    expect(attempts).toBe(2);
  });

  it('reports a view that failed to render, and clears the report when another view is shown', async () => {
    const views = lazyViews<string, object>((name) =>
      Promise.resolve(() => {
        if (name === 'fejl') throw new Error('boom');
        return <p>Overblik</p>;
      }),
    );
    const { rerender } = render(<Harness views={views} name="fejl" />);
    expect((await screen.findByRole('alert')).textContent).toContain('Visningen kunne ikke vises på grund af en fejl');
    rerender(<Harness views={views} name="overblik" />);
    expect(await screen.findByText('Overblik')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
