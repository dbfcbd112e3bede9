// The local host's reach: loopback addresses, and the warning when local sign-in listens beyond them.
import { exposureWarning, isLoopback, printableHost } from './exposure';

const local = { mode: 'local' } as const;

it('knows loopback names and addresses from the rest', () => {
  for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) {
    expect(isLoopback(host)).toBe(true);
  }
  for (const host of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.org', '::ffff:10.0.0.1', '128.0.0.1']) {
    expect(isLoopback(host)).toBe(false);
  }
});

it('warns when local sign-in listens beyond this machine, and only then', () => {
  expect(exposureWarning({ host: '0.0.0.0', auth: local })).toMatch(/beyond this machine.*\/api\/dev\/token/);
  expect(exposureWarning({ host: '192.168.1.10', auth: local })).toContain('192.168.1.10');
  expect(exposureWarning({ host: '127.0.0.1', auth: local })).toBeUndefined();
  const entra = { mode: 'entra', audience: 'api://x', issuer: 'https://i', jwksUri: 'https://k' } as const;
  expect(exposureWarning({ host: '0.0.0.0', auth: entra })).toBeUndefined();
});

it('prints localhost for loopback and wildcard addresses, the address otherwise', () => {
  expect(printableHost('127.0.0.1')).toBe('localhost');
  expect(printableHost('0.0.0.0')).toBe('localhost');
  expect(printableHost('10.1.2.3')).toBe('10.1.2.3');
  expect(printableHost('fe80::1')).toBe('[fe80::1]');
});
