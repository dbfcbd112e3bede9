// A store passing every call through to another, counting the store requests made and the documents and bytes read.
import type { Repository, StoredDoc } from '../../../functions/src/store/types';

export interface Reads {
  requests: number;
  documents: number;
  bytes: number;
}

export function countingStore(inner: Repository): { store: Repository; reads: Reads } {
  const reads: Reads = { requests: 0, documents: 0, bytes: 0 };
  const read = (docs: StoredDoc[]) => {
    reads.requests += 1;
    reads.documents += docs.length;
    for (const doc of docs) reads.bytes += JSON.stringify(doc.body).length;
  };
  const store: Repository = {
    kind: inner.kind,
    get: async (...args) => {
      const doc = await inner.get(...args);
      read(doc ? [doc] : []);
      return doc as never;
    },
    list: async (...args) => {
      const page = await inner.list(...args);
      read(page.items);
      return page as never;
    },
    listEach: async (...args) => {
      const pages = await inner.listEach(...args);
      // The embedded store answers the lists in one request; Cosmos DB sends a query for each.
      if (inner.kind === 'cosmos') reads.requests += pages.length - 1;
      read(pages.flatMap((page) => page.items));
      return pages;
    },
    listVersions: async (...args) => {
      reads.requests += 1;
      return inner.listVersions(...args);
    },
    getMany: async (...args) => {
      const docs = await inner.getMany(...args);
      read(docs);
      return docs as never;
    },
    getEach: async (...args) => {
      const found = await inner.getEach(...args);
      // The embedded store reads each kind with a statement of its own; Cosmos DB reads them in one batch.
      if (inner.kind === 'sqlite') reads.requests += found.length - 1;
      read(found.flat());
      return found;
    },
    count: (...args) => {
      reads.requests += 1;
      return inner.count(...args);
    },
    countEach: (...args) => {
      reads.requests += 1;
      return inner.countEach(...args);
    },
    tally: (...args) => {
      reads.requests += 1;
      return inner.tally(...args);
    },
    write: (...args) => inner.write(...args),
    close: () => Promise.resolve(),
  };
  return { store, reads };
}

/** A larger municipality's reads for an answer: within `maxRequests`, no more requests and about the bytes of a smaller's. */
export function expectBoundedGrowth(smaller: Reads, larger: Reads, maxRequests: number): void {
  expect(larger.requests).toBeLessThanOrEqual(maxRequests);
  expect(larger.requests).toBeLessThanOrEqual(smaller.requests);
  expect(larger.bytes).toBeLessThanOrEqual(smaller.bytes * 1.5);
}
