// A comparison reads old → new whichever text is chosen.
import { versionPair } from './versionPair';

const versions = [1, 2, 3].map((version) => ({ version, text: `v${version}` }));
const working = { version: 3, text: 'arbejdskopi' };

it('puts an earlier version before the published one', () => {
  const pair = versionPair(2, 1, working, versions);
  expect([pair.older?.text, pair.newer?.text]).toEqual(['v1', 'v2']);
  expect([pair.olderName, pair.newerName]).toEqual(['version 1', 'den udgivne version 2']);
});

it('puts the working copy and a later version after the published one', () => {
  const copy = versionPair(2, 'arbejdskopi', working, versions);
  expect([copy.older?.text, copy.newer?.text]).toEqual(['v2', 'arbejdskopi']);
  expect(copy.newerName).toBe('arbejdskopien');
  const later = versionPair(2, 3, working, versions);
  expect([later.older?.text, later.newer?.text]).toEqual(['v2', 'v3']);
});

it('leaves a version that does not exist out', () => {
  expect(versionPair(2, 9, working, versions).newer).toBeUndefined();
  expect(versionPair(4, 'arbejdskopi', working, versions).older).toBeUndefined();
});
