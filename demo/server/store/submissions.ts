import { createHash, timingSafeEqual } from 'node:crypto';
import { receiptCode, secretToken } from '../../../src/adapters/receipt-code.js';
import { placeSignup } from '../../../src/adapters/signup-rules.js';
import type {
  CancelReceipt,
  SignupCancellation,
  SignupReceipt,
  SurveyReceipt,
  SurveyResponse,
  VolunteerOpportunity,
  VolunteerSignup,
} from '../../../src/model/index.js';
import type { Db } from '../database.js';

/** A refusal the client cannot fix by retrying: unknown survey or activity. Becomes a 422 problem. */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

// Tokens are stored hashed: a copied database file does not let anyone cancel other people's signups.
const hashToken = (token: string) => createHash('sha256').update(token).digest();

/** Receipt codes are random; on the rare collision, draw again. */
function withFreshCode<T>(prefix: string, insert: (code: string) => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return insert(receiptCode(prefix));
    } catch (error) {
      const collision = (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && String(error).includes('.code');
      if (!collision || attempt >= 5) throw error;
    }
  }
}

/**
 * The write half: the same rules as `createMemoryWriter`, on SQLite. Each function runs inside the caller's
 * IMMEDIATE transaction (see idempotency.ts), so "count the places, then take one" cannot interleave with
 * another request, even one served by another process on the same file.
 *
 * @example
 * const submissions = createSubmissions(db);
 * submissions.signup(validSignup, new Date());
 */
export function createSubmissions(db: Db) {
  const surveyExists = db.prepare<[string], { id: string }>('SELECT id FROM surveys WHERE id = ?');
  const insertResponse = db.prepare('INSERT INTO survey_responses (code, survey_id, body, received_at) VALUES (?, ?, ?, ?)');
  const opportunity = db.prepare<[string], { data: string }>('SELECT data FROM opportunities WHERE id = ?');
  const active = db.prepare<[string], { mobile: string; status: 'confirmed' | 'waitlisted' }>(
    "SELECT mobile, status FROM signups WHERE opportunity_id = ? AND status <> 'cancelled' ORDER BY id",
  );
  const insertSignup = db.prepare(
    'INSERT INTO signups (code, cancel_token_hash, opportunity_id, mobile, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const byCode = db.prepare<[string], { id: number; cancel_token_hash: string; opportunity_id: string; status: string }>(
    'SELECT id, cancel_token_hash, opportunity_id, status FROM signups WHERE code = ?',
  );
  const cancel = db.prepare("UPDATE signups SET status = 'cancelled', cancelled_at = ? WHERE id = ?");
  const promoteNext = db.prepare(
    "UPDATE signups SET status = 'confirmed' WHERE id = (SELECT id FROM signups WHERE opportunity_id = ? AND status = 'waitlisted' ORDER BY id LIMIT 1)",
  );

  return {
    surveyResponse(response: SurveyResponse, now: Date): SurveyReceipt {
      if (!surveyExists.get(response.surveyId)) throw new Refusal(`There is no survey ${response.surveyId}`, 'response.surveyId');
      const receivedAt = now.toISOString();
      const code = withFreshCode('SV', (c) => (insertResponse.run(c, response.surveyId, JSON.stringify(response), receivedAt), c));
      return { code, receivedAt };
    },

    signup(signup: VolunteerSignup, now: Date): SignupReceipt {
      const row = opportunity.get(signup.opportunityId);
      if (!row) throw new Refusal(`There is no activity ${signup.opportunityId}`, 'signup.opportunityId');
      const item = JSON.parse(row.data) as VolunteerOpportunity;
      const base = { opportunityId: item.id };
      const placement = placeSignup(item, active.all(item.id), signup.mobile, now);
      if (placement.status !== 'confirmed' && placement.status !== 'waitlisted') return { ...base, status: placement.status };
      const { status } = placement;
      const cancelToken = secretToken();
      const code = withFreshCode('VS', (c) => {
        insertSignup.run(c, hashToken(cancelToken).toString('hex'), item.id, signup.mobile, status, JSON.stringify(signup), now.toISOString());
        return c;
      });
      return { ...base, ...placement, code, cancelToken };
    },

    cancel(cancellation: SignupCancellation, now: Date): CancelReceipt {
      const row = byCode.get(cancellation.code);
      // A wrong token looks exactly like an unknown code: the answer must not reveal which codes exist.
      if (!row || !timingSafeEqual(Buffer.from(row.cancel_token_hash, 'hex'), hashToken(cancellation.cancelToken))) {
        return { status: 'not-found' };
      }
      if (row.status === 'cancelled') return { status: 'already-cancelled' };
      cancel.run(now.toISOString(), row.id);
      if (row.status === 'confirmed') promoteNext.run(row.opportunity_id);
      return { status: 'cancelled' };
    },
  };
}

export type Submissions = ReturnType<typeof createSubmissions>;
