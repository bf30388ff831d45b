import * as v from 'valibot';
import {
  SignupCancellationSchema,
  SurveyResponseSchema,
  VolunteerSignupSchema,
  describeIssue,
  type CancelReceipt,
  type SignupReceipt,
  type SurveyReceipt,
  type VolunteerOpportunity,
} from '../model/index.js';
import { AdapterError } from './adapter-error.js';
import type { DataWriter, ReadOptions } from './data-adapter.js';
import { receiptCode, secretToken } from './receipt-code.js';
import { placeSignup, type HeldPlace } from './signup-rules.js';

export interface MemoryWriterOptions {
  /** Looks up an activity to check status, deadline and capacity (e.g. the static adapter's `getOpportunity`). */
  getOpportunity: (id: string, options?: ReadOptions) => Promise<VolunteerOpportunity>;
  now?: () => Date;
}

interface StoredSignup {
  code: string;
  cancelToken: string;
  opportunityId: string;
  mobile: string;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
}

function parse<T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): T {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const { path, message } = describeIssue(what, result.issues);
  throw new AdapterError('rejected', `${path}: ${message}`, { path, detail: message, status: 400 });
}

/**
 * Submissions kept in memory with the same rules a server keeps: idempotency keys return the first result,
 * capacity and waiting list are enforced, one signup per mobile per activity, cancellation by token. It backs
 * the demo page and tests; data is gone on reload.
 *
 * @example
 * const data = createStaticAdapter({ url });
 * const adapter = createStaticAdapter({ url, writer: createMemoryWriter({ getOpportunity: data.getOpportunity }) });
 */
export function createMemoryWriter(options: MemoryWriterOptions): DataWriter & { readonly signups: readonly StoredSignup[] } {
  const now = options.now ?? (() => new Date());
  const results = new Map<string, unknown>();
  const signups: StoredSignup[] = [];

  /** The first result for a key is the result for every retry of it. */
  async function once<T>(key: string, run: () => Promise<T>): Promise<T> {
    if (results.has(key)) return results.get(key) as T;
    const result = await run();
    results.set(key, result);
    return result;
  }

  return {
    get signups() {
      return signups;
    },

    submitSurveyResponse: (response, { idempotencyKey }) =>
      once<SurveyReceipt>(`survey:${idempotencyKey}`, async () => {
        parse(SurveyResponseSchema, response, 'response');
        return { code: receiptCode('SV'), receivedAt: now().toISOString() };
      }),

    submitSignup: (input, { idempotencyKey, signal }) =>
      once<SignupReceipt>(`signup:${idempotencyKey}`, async () => {
        const signup = parse(VolunteerSignupSchema, input, 'signup');
        const opportunity = await options.getOpportunity(signup.opportunityId, { signal });
        const base = { opportunityId: opportunity.id };
        const active = signups.filter((s): s is StoredSignup & HeldPlace => s.opportunityId === opportunity.id && s.status !== 'cancelled');
        const placement = placeSignup(opportunity, active, signup.mobile, now());
        if (placement.status !== 'confirmed' && placement.status !== 'waitlisted') return { ...base, status: placement.status };
        const stored: StoredSignup = { code: receiptCode('VS'), cancelToken: secretToken(), opportunityId: opportunity.id, mobile: signup.mobile, status: placement.status };
        signups.push(stored);
        return { ...base, ...placement, code: stored.code, cancelToken: stored.cancelToken };
      }),

    cancelSignup: (input, { idempotencyKey }) =>
      once<CancelReceipt>(`cancel:${idempotencyKey}`, async () => {
        const cancellation = parse(SignupCancellationSchema, input, 'cancellation');
        // A wrong token looks exactly like an unknown code: the answer must not reveal which codes exist.
        const stored = signups.find((s) => s.code === cancellation.code && s.cancelToken === cancellation.cancelToken);
        if (!stored) return { status: 'not-found' };
        if (stored.status === 'cancelled') return { status: 'already-cancelled' };
        const freed = stored.status === 'confirmed';
        stored.status = 'cancelled';
        if (freed) {
          const next = signups.find((s) => s.opportunityId === stored.opportunityId && s.status === 'waitlisted');
          if (next) next.status = 'confirmed';
        }
        return { status: 'cancelled' };
      }),
  };
}
