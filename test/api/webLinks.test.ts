// Links people store are web addresses only: a supervision report's link is checked on write, with a Danish reason.
import { providerBody } from './support/caseFixtures';
import { useHost } from './support/host';

const { host, tokens } = useHost({ tokens: { procurement: { roles: ['procurement'] } } });

const withLink = (link: string) => ({
  ...providerBody(),
  supervisionReports: [{ date: '2026-01-15', authority: 'Socialtilsyn Øst', conclusion: 'Ingen bemærkninger', link }],
});

it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'])(
  'refuses the link %s and stores nothing',
  async (link) => {
    const before = await host.call('GET', '/api/providers?limit=200', { token: tokens.procurement });
    const answer = await host.call('POST', '/api/providers', { token: tokens.procurement, body: withLink(link) });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body.fields)).toContain('Linket skal være en webadresse, der begynder med https://');
    const after = await host.call('GET', '/api/providers?limit=200', { token: tokens.procurement });
    expect(after.body.items.length).toBe(before.body.items.length);
  },
);

it('stores an https link as it was written', async () => {
  const link = 'https://tilsyn.example.dk/rapporter/2026-01.pdf';
  const answer = await host.call('POST', '/api/providers', { token: tokens.procurement, body: withLink(link) });
  expect(answer.status).toBe(201);
  expect(answer.body.supervisionReports[0].link).toBe(link);
});
