// The embedded store's tallies (see tallies.ts): a table of counts per tenant, kind and key, changed in the write's
// own transaction, so two connections writing at once never lose a count.
import type Database from 'better-sqlite3';

import { TALLIED, tallyKey } from './tallies';
import type { DocKind, IndexFields } from './types';

const SCHEMA = `
CREATE TABLE tally (
  tenant_id TEXT NOT NULL, kind TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, kind, key)
) WITHOUT ROWID;
`;

/**
 * Databases made before tallies get the table, counted from the index rows they hold: checked and made under the
 * write lock, so two processes opening one file make it once.
 */
export function addTallyTable(db: Database.Database): void {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'tally'");
  db.transaction(() => {
    if (exists.get()) return;
    db.exec(SCHEMA);
    const fill = db.prepare(
      'INSERT INTO tally (tenant_id, kind, key, n) SELECT tenant_id, kind, value, COUNT(*) FROM idx' +
        " WHERE kind = ? AND field = ? AND typeof(value) = 'text' GROUP BY tenant_id, kind, value",
    );
    for (const [kind, field] of Object.entries(TALLIED)) fill.run(kind, field);
  }).immediate();
}

/** Reads and keeps the tallies; `keyOf` and `move` run inside a write's transaction. */
export class SqliteTally {
  private readonly statements;

  constructor(db: Database.Database) {
    this.statements = {
      key: db
        .prepare<[string, string, string, string], unknown>(
          'SELECT value FROM idx WHERE tenant_id = ? AND kind = ? AND id = ? AND field = ?',
        )
        .pluck(),
      add: db.prepare<[string, string, string, number]>(
        'INSERT INTO tally (tenant_id, kind, key, n) VALUES (?, ?, ?, ?)' +
          ' ON CONFLICT (tenant_id, kind, key) DO UPDATE SET n = n + excluded.n',
      ),
      drop: db.prepare<[string, string, string]>(
        'DELETE FROM tally WHERE tenant_id = ? AND kind = ? AND key = ? AND n <= 0',
      ),
      read: db.prepare<[string, string], { key: string; n: number }>(
        'SELECT key, n FROM tally WHERE tenant_id = ? AND kind = ? AND n > 0',
      ),
    };
  }

  /** The key the stored document is counted under now, before a write changes it. */
  keyOf(tenantId: string, kind: DocKind, id: string): string | undefined {
    const field = TALLIED[kind];
    if (field === undefined) return undefined;
    const value = this.statements.key.get(tenantId, kind, id, field);
    return typeof value === 'string' ? value : undefined;
  }

  /** Moves a document from the key it was counted under to the one its new index gives (none when deleted). */
  move(tenantId: string, kind: DocKind, before: string | undefined, index: IndexFields | undefined): void {
    const after = tallyKey(kind, index);
    if (before === after) return;
    if (before !== undefined) {
      this.statements.add.run(tenantId, kind, before, -1);
      this.statements.drop.run(tenantId, kind, before);
    }
    if (after !== undefined) this.statements.add.run(tenantId, kind, after, 1);
  }

  read(tenantId: string, kind: DocKind): Record<string, number> {
    return Object.fromEntries(this.statements.read.all(tenantId, kind).map((row) => [row.key, row.n]));
  }
}
