import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry, ReceiptRecord } from './outbox-entry.js';

export interface OutboxSchema extends DBSchema {
  entries: { key: string; value: OutboxEntry; indexes: { adapterId: string } };
  receipts: { key: string; value: ReceiptRecord; indexes: { expiresAt: number } };
}

export type OutboxDatabase = IDBPDatabase<OutboxSchema>;

export { DEFAULT_DB_NAME } from './pending-hint.js';
const SCHEMA_VERSION = 1;

/**
 * Opens (and on first use creates) the outbox database. `onLost` is called when the connection must be given up:
 * another tab upgrades or deletes the database, or the browser closes it; the caller reopens on next use.
 *
 * @example
 * const db = await openOutboxDb('cw-outbox', () => (cached = undefined));
 */
export function openOutboxDb(name: string, onLost: () => void): Promise<OutboxDatabase> {
  let opened: OutboxDatabase | undefined;
  const promise = openDB<OutboxSchema>(name, SCHEMA_VERSION, {
    upgrade(db) {
      const entries = db.createObjectStore('entries', { keyPath: 'key' });
      entries.createIndex('adapterId', 'adapterId');
      const receipts = db.createObjectStore('receipts', { keyPath: 'key' });
      receipts.createIndex('expiresAt', 'expiresAt');
    },
    // Holding on would block the other tab's upgrade (or a test's deleteDB) forever.
    blocking() {
      opened?.close();
      onLost();
    },
    terminated: onLost,
  });
  return promise.then((db) => (opened = db));
}
