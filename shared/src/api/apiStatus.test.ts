// The status line text for every outcome of the health check, through the real client.
import { checkApiStatus, describeApiFailure, watchApiStatus } from './apiStatus';
import { ApiError, createApiClient, type FetchLike } from './client';

function clientAnswering(answer: () => Promise<Response>) {
  const fetch: FetchLike = () => answer();
  return createApiClient({ baseUrl: 'http://localhost:7071', fetch });
}

const healthy = () =>
  Promise.resolve(
    new Response(JSON.stringify({ status: 'ok', store: 'sqlite', version: '0.1.0', auth: 'local' }), { status: 200 }),
  );

describe('checkApiStatus', () => {
  it('names the version and the store when the API answers', async () => {
    await expect(checkApiStatus(clientAnswering(healthy))).resolves.toEqual({
      state: 'ok',
      text: 'Forbundet til Køberollen 0.1.0 (lager: sqlite)',
    });
  });

  it('says the server cannot be reached when the request fails', async () => {
    const status = await checkApiStatus(clientAnswering(() => Promise.reject(new TypeError('fetch failed'))));
    expect(status).toEqual({
      state: 'error',
      text: 'Ingen forbindelse til Køberollen: serveren kunne ikke nås. Prøv igen om lidt.',
    });
  });

  it("quotes the server's problem document", async () => {
    const problem = { title: 'Tjenesten er midlertidigt utilgængelig', detail: 'Lageret svarer ikke.' };
    const status = await checkApiStatus(
      clientAnswering(() => Promise.resolve(new Response(JSON.stringify(problem), { status: 503 }))),
    );
    expect(status).toEqual({
      state: 'error',
      text: 'Køberollen svarer ikke som forventet (fejl 503): Tjenesten er midlertidigt utilgængelig. Lageret svarer ikke.',
    });
  });
});

describe('describeApiFailure', () => {
  it('handles problems without detail and errors that are not API errors', () => {
    expect(describeApiFailure(new ApiError(404, { title: 'Findes ikke' }))).toBe(
      'Køberollen svarer ikke som forventet (fejl 404): Findes ikke.',
    );
    expect(describeApiFailure(new Error('x'))).toBe('Ingen forbindelse til Køberollen: der opstod en uventet fejl.');
  });
});

describe('watchApiStatus', () => {
  it('reports the outcome once', async () => {
    const seen = await new Promise((resolve) => watchApiStatus(clientAnswering(healthy), resolve));
    expect(seen).toMatchObject({ state: 'ok' });
  });

  it('stays silent after it was cancelled', async () => {
    const onStatus = jest.fn();
    const answers: ((response: Response) => void)[] = [];
    const cancel = watchApiStatus(
      clientAnswering(() => new Promise((resolve) => answers.push(resolve))),
      onStatus,
    );
    cancel();
    expect(answers).toHaveLength(1);
    answers[0]!(await healthy());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onStatus).not.toHaveBeenCalled();
  });
});
