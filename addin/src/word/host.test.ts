// connectToHost: maps Office.onReady's answer and falls back to the preview without ever hanging.
import { OfficeMockObject } from 'office-addin-mock';

import { connectToHost, loadedOffice, type OfficeLike } from './host';

function officeAnswering(host: string | null, platform: string | null): OfficeLike {
  const mock = new OfficeMockObject({ onReady: () => Promise.resolve({ host, platform }) });
  return mock as unknown as OfficeLike;
}

describe('connectToHost', () => {
  it.each([
    ['PC', 'windows'],
    ['Mac', 'mac'],
    ['OfficeOnline', 'web'],
    ['iOS', 'ipad'],
    ['Universal', 'other'],
  ])('reports Word on platform %s as %s', async (platform, expected) => {
    await expect(connectToHost(officeAnswering('Word', platform), 1000)).resolves.toEqual({
      kind: 'word',
      platform: expected,
    });
  });

  it('calls Office.onReady exactly once', async () => {
    const office = { onReady: jest.fn(() => Promise.resolve({ host: 'Word', platform: 'PC' })) };
    await connectToHost(office as unknown as OfficeLike, 1000);
    expect(office.onReady).toHaveBeenCalledTimes(1);
  });

  it('shows the preview when office.js did not load', async () => {
    await expect(connectToHost(undefined, 1000)).resolves.toEqual({ kind: 'preview' });
  });

  it('shows the preview in a plain browser and in other Office hosts', async () => {
    await expect(connectToHost(officeAnswering(null, null), 1000)).resolves.toEqual({ kind: 'preview' });
    await expect(connectToHost(officeAnswering('Excel', 'PC'), 1000)).resolves.toEqual({ kind: 'preview' });
  });

  it('shows the preview when Office never answers or fails', async () => {
    const silent = { onReady: () => new Promise(() => undefined) } as unknown as OfficeLike;
    const started = Date.now();
    await expect(connectToHost(silent, 50)).resolves.toEqual({ kind: 'preview' });
    expect(Date.now() - started).toBeLessThan(1000);
    const failing = { onReady: () => Promise.reject(new Error('office.js broke')) } as unknown as OfficeLike;
    await expect(connectToHost(failing, 1000)).resolves.toEqual({ kind: 'preview' });
  });
});

describe('loadedOffice', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('is undefined when the office.js script did not run', () => {
    expect(loadedOffice()).toBeUndefined();
  });

  it('is the global Office once office.js ran', () => {
    const office = new OfficeMockObject({ onReady: () => Promise.resolve({ host: 'Word', platform: 'PC' }) });
    (globalThis as { Office?: unknown }).Office = office;
    expect(loadedOffice()).toBe(office);
  });
});
