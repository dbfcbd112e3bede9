// Which of two compared texts of a versioned library record is the older: a comparison always reads old → new.

/** The working copy, or a published version by number. */
export type Compared = 'arbejdskopi' | number;

export interface VersionPair<T> {
  older?: T;
  newer?: T;
  olderName: string;
  newerName: string;
  /** The text compared with the published one, as the sentence names it. */
  otherName: string;
  publishedName: string;
}

/**
 * The published version (`current`) and the chosen text, ordered old → new: an earlier version comes before the
 * published one, the working copy and a later version after it.
 */
export function versionPair<T extends object>(
  current: number,
  chosen: Compared,
  workingCopy: T,
  versions: (T & { version: number })[],
): VersionPair<T> {
  const published = versions.find((v) => v.version === current);
  const other = chosen === 'arbejdskopi' ? workingCopy : versions.find((v) => v.version === chosen);
  const otherName = chosen === 'arbejdskopi' ? 'arbejdskopien' : `version ${chosen}`;
  const publishedName = `den udgivne version ${current}`;
  const otherIsOlder = chosen !== 'arbejdskopi' && chosen < current;
  return otherIsOlder
    ? { older: other, newer: published, olderName: otherName, newerName: publishedName, otherName, publishedName }
    : { older: published, newer: other, olderName: publishedName, newerName: otherName, otherName, publishedName };
}
