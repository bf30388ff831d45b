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
 * An open that has not finished after `timeoutMs` rejects: some browsers' storage never answers (a tab holding an
 * old version open, a webview's broken IndexedDB), and a resident's submit must not wait on it for ever. A
 * connection that arrives later is closed.
 *
 * @example
 * const db = await openOutboxDb('cw-outbox', () => (cached = undefined), 5000);
 */
export function openOutboxDb(name: string, onLost: () => void, timeoutMs: number): Promise<OutboxDatabase> {
  let opened: OutboxDatabase | undefined;
  let gaveUp = false;
  const opening = openDB<OutboxSchema>(name, SCHEMA_VERSION, {
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
  }).then((db) => {
    if (gaveUp) db.close();
    return (opened = db);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      gaveUp = true;
      reject(new DOMException(`The outbox database did not open within ${timeoutMs} ms`, 'TimeoutError'));
    }, timeoutMs);
  });
  return Promise.race([opening, late]).finally(() => clearTimeout(timer));
}
