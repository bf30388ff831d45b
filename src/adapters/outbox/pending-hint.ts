/**
 * Whether an outbox database may hold entries, answered without loading the IndexedDB code: a page with nothing
 * queued from an earlier visit then does not download the outbox until the resident starts a submission.
 *
 * The outbox keeps a note in localStorage ('1' holds entries, '0' empty). Without a note (storage cleared, or
 * entries written before notes were kept) the database's mere existence counts as "maybe"; and whenever the
 * browser cannot tell, the answer is "maybe" too, so the page loads the outbox and looks.
 */
const PREFIX = 'cw-outbox-pending:';

/** Kept here, not in outbox-db.ts, so that asking does not pull in the database code. */
export const DEFAULT_DB_NAME = 'cw-outbox';

export function notePending(dbName: string, pending: boolean): void {
  try {
    localStorage.setItem(PREFIX + dbName, pending ? '1' : '0');
  } catch {
    // Storage disabled: mayHavePending() falls back to asking IndexedDB.
  }
}

/** Resolves false only when the outbox is certainly empty. */
export async function mayHavePending(dbName = DEFAULT_DB_NAME): Promise<boolean> {
  let note: string | null = null;
  try {
    note = localStorage.getItem(PREFIX + dbName);
  } catch {
    // fall through to IndexedDB
  }
  if (note === '1' || note === '0') return note === '1';
  try {
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === dbName);
  } catch {
    return true;
  }
}
