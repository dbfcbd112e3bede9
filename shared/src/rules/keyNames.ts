// The Danish name of a key the library names (a topic, a contract type), as the library's records hold it.

/** Looks names up by key: the record's name in the library, or the key itself for one the library lacks. */
export function namerByKey(records: readonly { key: string; name: string }[]): (key: string) => string {
  const names = new Map(records.map((record) => [record.key, record.name]));
  return (key) => names.get(key) ?? key;
}
