// jsdom's `performance` keeps no marks; the tab's shell reads its own first-data mark, so the UI tests get the two calls
// it makes, over a set of names kept for the test file.
const marks = new Set<string>();
if (typeof performance.getEntriesByName !== 'function') {
  Object.assign(performance, {
    mark: (name: string) => marks.add(name),
    getEntriesByName: (name: string) => (marks.has(name) ? [{ name }] : []),
  });
}
