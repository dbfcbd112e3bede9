// The id of a published version's document (clause or template version).

/** Stable, so a version can be read without a query: the record's id and the number, e.g. `…-v2`. */
export function versionDocId(recordId: string, version: number): string {
  return `${recordId}-v${version}`;
}
