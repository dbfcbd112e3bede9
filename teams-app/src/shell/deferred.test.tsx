// A deferred part's code is fetched only once the view's first data is on screen (or at the latest after a while),
// and the view around it shows meanwhile.
import { act, render, screen } from '@testing-library/react';

import { deferred } from './deferred';
import { FIRST_DATA_MARK, firstDataReporter } from './firstData';

function Filters({ label }: { label: string }) {
  return <p>{label}</p>;
}

/** jsdom's performance keeps no marks: the few calls the tab makes, over a set of names. */
const marks = new Set<string>();
Object.assign(performance, {
  mark: (name: string) => marks.add(name),
  getEntriesByName: (name: string) => (marks.has(name) ? [{ name }] : []),
});

describe('a deferred part of a view', () => {
  beforeEach(() => marks.clear());
  afterEach(() => jest.useRealTimers());

  it('is fetched once the first data is reported, while the view shows at once', async () => {
    const load = jest.fn(() => Promise.resolve(Filters));
    const Part = deferred(load);
    render(
      <section>
        <h2>Leverandører</h2>
        <Part label="Søg i kataloget" />
      </section>,
    );
    expect(screen.getByRole('heading', { name: 'Leverandører' })).toBeTruthy();
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(load).not.toHaveBeenCalled();
    expect(screen.queryByText('Søg i kataloget')).toBeNull();

    act(() => firstDataReporter(() => undefined)());
    expect(await screen.findByText('Søg i kataloget')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows its fallback until loaded, and loads at the latest after 1.5 s when no data is reported', async () => {
    jest.useFakeTimers({ doNotFake: ['performance'] });
    const load = jest.fn(() => Promise.resolve(Filters));
    const Part = deferred(load, <p>Henter …</p>);
    render(<Part label="Rediger klausulen" />);
    expect(screen.getByText('Henter …')).toBeTruthy();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(1400);
    });
    expect(load).not.toHaveBeenCalled();
    await act(async () => {
      await jest.advanceTimersByTimeAsync(200);
    });
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Rediger klausulen')).toBeTruthy();
  });

  it('loads at once when a view of this visit has already shown its data', async () => {
    performance.mark(FIRST_DATA_MARK);
    const Part = deferred(() => Promise.resolve(Filters));
    render(<Part label="Registrér faktura" />);
    expect(await screen.findByText('Registrér faktura')).toBeTruthy();
  });
});
