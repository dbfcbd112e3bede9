// For tests: a store passing every call through to another, without its revisions and change feed (as Cosmos DB).
import type { Repository } from '../types';

export function withoutChangeFeed(store: Repository): Repository {
  return {
    kind: 'cosmos',
    get: (...args) => store.get(...args),
    list: (...args) => store.list(...args),
    listVersions: (...args) => store.listVersions(...args),
    listEach: (...args) => store.listEach(...args),
    count: (...args) => store.count(...args),
    getMany: (...args) => store.getMany(...args),
    countEach: (...args) => store.countEach(...args),
    write: (...args) => store.write(...args),
    close: () => Promise.resolve(),
  };
}
