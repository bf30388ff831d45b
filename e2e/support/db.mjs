/** Reads the reference server's SQLite file directly: the e2e verdicts come from what is stored, not from what a page says. */
import Database from 'better-sqlite3';

function withDb(file, read) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export const countRows = (file, table, where = '1 = 1', ...params) =>
  withDb(file, (db) => db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...params).n);

export const rows = (file, sql, ...params) => withDb(file, (db) => db.prepare(sql).all(...params));

export const tables = (file) => withDb(file, (db) => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((r) => r.name));
