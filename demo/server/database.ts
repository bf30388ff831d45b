/// <reference types="node" />
import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * The schema. Catalog tables keep each item as the JSON the model schemas validated (plus the columns the
 * queries need); submissions keep their body as JSON too, verbatim, because data is text, never SQL or markup.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS grids (id TEXT PRIMARY KEY, community TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS workers (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS service_points (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS surveys (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS opportunities (id TEXT PRIMARY KEY, data TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS survey_responses (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  survey_id TEXT NOT NULL,
  body TEXT NOT NULL,
  received_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS signups (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  cancel_token_hash TEXT NOT NULL,
  opportunity_id TEXT NOT NULL,
  mobile TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  cancelled_at TEXT
);
-- One active signup per mobile per activity, enforced by the database as well as by the code.
CREATE UNIQUE INDEX IF NOT EXISTS signups_active_mobile ON signups (opportunity_id, mobile) WHERE status <> 'cancelled';
CREATE INDEX IF NOT EXISTS signups_by_opportunity ON signups (opportunity_id, status, id);

-- The first answer to each (route, key): a retried write returns it instead of running again.
CREATE TABLE IF NOT EXISTS idempotency (
  route TEXT NOT NULL,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status_code INTEGER NOT NULL,
  response TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (route, key)
);
`;

/**
 * Opens (creating if needed) the server's database in WAL mode: readers never wait for the writer, and
 * several server processes may share one file (each write is a BEGIN IMMEDIATE transaction).
 *
 * @example
 * const db = openDatabase('/var/lib/cw/api.sqlite');
 */
export function openDatabase(file: string): Db {
  const db = new Database(file, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  // A write that was answered must survive a crash: the answer promises it is stored.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  return db;
}
