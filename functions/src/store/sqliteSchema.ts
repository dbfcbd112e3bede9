// The embedded store's tables and indexes, and the upgrades of files made by earlier versions.
import type Database from 'better-sqlite3';

import { addProviderSearch } from './sqliteProviderSearch';
import { addTallyTable } from './sqliteTally';
import { TEXT_FIELD } from './sqliteWalk';

const SCHEMA = `
-- A rowid table keeps bodies of a few kB in the row itself; WITHOUT ROWID would move them to overflow pages.
-- Bodies are UTF-8 JSON bytes, answered as they are without decoding and encoding them again.
CREATE TABLE IF NOT EXISTS docs (
  tenant_id TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, etag TEXT NOT NULL, body BLOB NOT NULL,
  PRIMARY KEY (tenant_id, kind, id)
);
CREATE TABLE IF NOT EXISTS idx (
  tenant_id TEXT NOT NULL, kind TEXT NOT NULL, field TEXT NOT NULL, value ANY, id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS idx_by_value ON idx (tenant_id, kind, field, value, id);
DROP INDEX IF EXISTS idx_by_doc;
CREATE INDEX IF NOT EXISTS idx_by_doc_field ON idx (tenant_id, kind, id, field, value);
`;

/**
 * The free-text field of each document as trigrams, so a word is found anywhere in it (a substring, as LIKE finds)
 * without reading every document's text. Its rowid is the document's.
 */
const TEXT_SCHEMA = `
CREATE VIRTUAL TABLE idx_text USING fts5(
  value, tenant_id UNINDEXED, kind UNINDEXED, id UNINDEXED, tokenize = 'trigram'
);
INSERT INTO idx_text (rowid, value, tenant_id, kind, id)
  SELECT d.rowid, i.value, i.tenant_id, i.kind, i.id FROM idx i
  JOIN docs d ON d.tenant_id = i.tenant_id AND d.kind = i.kind AND d.id = i.id
  WHERE i.field = '${TEXT_FIELD}' AND typeof(i.value) = 'text';
`;

/** Databases made before documents could expire get the column, and the index that finds expired rows. */
function addExpiryColumn(db: Database.Database): void {
  const columns = db.pragma('table_info(docs)') as { name: string }[];
  if (!columns.some((column) => column.name === 'expires_at')) db.exec('ALTER TABLE docs ADD COLUMN expires_at TEXT');
  db.exec('CREATE INDEX IF NOT EXISTS docs_by_expiry ON docs (expires_at) WHERE expires_at IS NOT NULL');
}

/**
 * Databases made before free text had its own index get the table, filled from the index rows they hold: checked and
 * made under the write lock, so two processes opening one file make it once.
 */
function addTextIndex(db: Database.Database): void {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'idx_text'");
  db.transaction(() => {
    if (!exists.get()) db.exec(TEXT_SCHEMA);
  }).immediate();
}

/** Creates what is missing: tables, indexes, and the columns and tables later versions added. */
export function createSchema(db: Database.Database): void {
  db.exec(SCHEMA);
  addExpiryColumn(db);
  addTextIndex(db);
  addProviderSearch(db);
  addTallyTable(db);
}
