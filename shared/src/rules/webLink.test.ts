// Links people store: web addresses only.
import { WebLink } from '../domain/webLink';
import { isWebLink, safeHref } from './webLink';

it.each(['https://tilsyn.example.dk/rapport.pdf', 'http://intranet.kommune.dk/a?b=c', 'HTTPS://EXAMPLE.DK'])(
  'accepts the web address %s',
  (link) => {
    expect(isWebLink(link)).toBe(true);
    expect(WebLink.safeParse(link).success).toBe(true);
    expect(safeHref(link)).toBe(new URL(link).href);
  },
);

it.each([
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.dk/x',
  '//example.dk/x',
  '/relativ/sti',
  'https:',
  '',
])('refuses %j on write with a Danish reason, and on render', (link) => {
  expect(isWebLink(link)).toBe(false);
  expect(safeHref(link)).toBeUndefined();
  const parsed = WebLink.safeParse(link);
  expect(parsed.success).toBe(false);
  expect(parsed.error?.issues[0]?.message).toBe(
    'Linket skal være en webadresse, der begynder med https:// (eller http://).',
  );
});
