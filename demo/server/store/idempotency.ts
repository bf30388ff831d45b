import { createHash } from 'node:crypto';
import type { Db } from '../database.js';

/** What a write handler decided: the HTTP status and the JSON body to answer with. */
export interface WriteOutcome {
  statusCode: number;
  body: unknown;
}

export type IdempotentResult = { kind: 'fresh' | 'replay'; outcome: WriteOutcome; bodyDiffers?: boolean };

/**
 * The key alone names the request, as the adapter contract requires (a retry may carry a fresh consent
 * timestamp, say). The body hash is kept so that a key reused for different answers can be noticed in the log.
 */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/**
 * Runs `decide` at most once per (route, key), inside one `BEGIN IMMEDIATE` transaction that also records its
 * outcome: the check, the write and the remembered answer commit together or not at all, so a crash between
 * them cannot leave a stored row without its key (which a retry would then store again). A refusal
 * (`decide` throws) rolls everything back and remembers nothing, so a corrected retry is not blocked by it.
 *
 * @example
 * const result = once(db, '/signups', key, body, () => ({ statusCode: 201, body: receipt }));
 */
export function createIdempotentRunner(db: Db) {
  const find = db.prepare<[string, string], { request_hash: string; status_code: number; response: string }>(
    'SELECT request_hash, status_code, response FROM idempotency WHERE route = ? AND key = ?',
  );
  const remember = db.prepare('INSERT INTO idempotency (route, key, request_hash, status_code, response, created_at) VALUES (?, ?, ?, ?, ?, ?)');

  const run = db.transaction((route: string, key: string, hash: string, decide: () => WriteOutcome): IdempotentResult => {
    const known = find.get(route, key);
    if (known) {
      const outcome = { statusCode: known.status_code, body: JSON.parse(known.response) };
      return { kind: 'replay', outcome, bodyDiffers: known.request_hash !== hash };
    }
    const outcome = decide();
    remember.run(route, key, hash, outcome.statusCode, JSON.stringify(outcome.body), new Date().toISOString());
    return { kind: 'fresh', outcome };
  });

  return (route: string, key: string, body: unknown, decide: () => WriteOutcome): IdempotentResult =>
    run.immediate(route, key, requestHash(body), decide);
}
