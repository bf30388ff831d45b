// Runs against a real reference server (demo/server) started per test by the `cw-api-start` command of
// e2e/wtr-api-plugin.mjs (part of web-test-runner.config.mjs), so it runs with `npm test`.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { AdapterError } from '../src/adapters/adapter-error.js';
import { CONTRACT_FIXTURE, runAdapterContract } from '../src/adapters/contract/index.js';
import { createRestAdapter } from '../src/adapters/rest/index.js';
import type { VolunteerSignup } from '../src/model/index.js';

interface StartOptions {
  rateLimit?: number;
  bodyLimit?: number;
}

async function startServer(options: StartOptions = {}): Promise<string> {
  const started = await executeServerCommand<{ baseUrl: string }, { seed: unknown; origin: string } & StartOptions>('cw-api-start', {
    seed: CONTRACT_FIXTURE,
    origin: location.origin,
    ...options,
  });
  if (!started?.baseUrl) throw new Error('cw-api-start returned no baseUrl: is e2e/wtr-api-plugin.mjs in the wtr config?');
  return started.baseUrl;
}

const signup = (mobile: string, extra: Partial<VolunteerSignup> = {}): VolunteerSignup => ({
  opportunityId: 'O-OPEN',
  name: '测试志愿者',
  mobile,
  ageGroup: 'adult',
  consent: { version: 'v1', at: new Date().toISOString() },
  ...extra,
});

const failure = (promise: Promise<unknown>) => promise.then(() => expect.fail('expected a rejection'), (error: unknown) => error as AdapterError);

runAdapterContract('REST adapter on the reference server (Fastify + SQLite)', async () => createRestAdapter({ baseUrl: await startServer() }));

describe('REST adapter on the reference server: beyond the contract', function () {
  this.timeout(20_000);

  it('sends the Idempotency-Key and gets the first receipt back, even across adapters (a reload)', async () => {
    const baseUrl = await startServer();
    const key = crypto.randomUUID();
    const first = await createRestAdapter({ baseUrl }).submitSignup(signup('13700000001'), { idempotencyKey: key });
    const afterReload = await createRestAdapter({ baseUrl }).submitSignup(signup('13700000001'), { idempotencyKey: key });
    expect(afterReload).to.deep.equal(first);
  });

  it('keeps keys unique per endpoint: the same key on a survey and a signup is two requests', async () => {
    const adapter = createRestAdapter({ baseUrl: await startServer() });
    const key = crypto.randomUUID();
    const response = { surveyId: 'S-1', answers: { overall: 'basic' }, locale: 'en' as const, submittedAt: new Date().toISOString() };
    const survey = await adapter.submitSurveyResponse(response, { idempotencyKey: key });
    const signed = await adapter.submitSignup(signup('13700000002'), { idempotencyKey: key });
    expect(survey.code).to.match(/^SV-/);
    expect([signed.status, signed.code?.slice(0, 3)]).to.deep.equal(['confirmed', 'VS-']);
  });

  it('names the path of an invalid field, from the problem document', async () => {
    const adapter = createRestAdapter({ baseUrl: await startServer() });
    const error = await failure(adapter.submitSignup(signup('12345'), { idempotencyKey: crypto.randomUUID() }));
    expect(error.code).to.equal('rejected');
    expect(error.status).to.equal(400);
    expect(error.path).to.equal('signup.mobile');
  });

  it('refuses a signup for an unknown activity with 422', async () => {
    const adapter = createRestAdapter({ baseUrl: await startServer() });
    const error = await failure(adapter.submitSignup(signup('13700000004', { opportunityId: 'O-NONE' }), { idempotencyKey: crypto.randomUUID() }));
    expect([error.code, error.status, error.path]).to.deep.equal(['rejected', 422, 'signup.opportunityId']);
  });

  it('rejects an oversized body with 413 as rejected (not retryable)', async () => {
    const adapter = createRestAdapter({ baseUrl: await startServer({ bodyLimit: 1024 }) });
    const error = await failure(adapter.submitSignup(signup('13700000005', { note: '长'.repeat(400) }), { idempotencyKey: crypto.randomUUID() }));
    expect([error.code, error.status, error.retryable]).to.deep.equal(['rejected', 413, false]);
  });

  it('gives the place a cancellation frees to the first on the waiting list', async () => {
    const adapter = createRestAdapter({ baseUrl: await startServer() });
    const key = () => ({ idempotencyKey: crypto.randomUUID() });
    const a = await adapter.submitSignup(signup('13700000011'), key());
    await adapter.submitSignup(signup('13700000012'), key());
    const waiting = await adapter.submitSignup(signup('13700000013'), key());
    expect(waiting.status).to.equal('waitlisted');
    expect((await adapter.cancelSignup({ code: a.code!, cancelToken: a.cancelToken! }, key())).status).to.equal('cancelled');
    // The waiting list is empty again, and the activity full: a new signup waits at position 1.
    const next = await adapter.submitSignup(signup('13700000014'), key());
    expect([next.status, next.position]).to.deep.equal(['waitlisted', 1]);
  });

  it('answers 429 with Retry-After past the rate limit; reads give up rather than wait a minute', async () => {
    const adapter = createRestAdapter({ baseUrl: await startServer({ rateLimit: 3 }), maxRetryDelayMs: 2000 });
    for (let i = 0; i < 3; i++) await adapter.getGrid('G-A1');
    const error = await failure(adapter.getGrid('G-A1'));
    expect(error.code).to.equal('rate-limited');
    expect(error.status).to.equal(429);
    expect(error.retryAfter).to.be.within(1, 60);
    expect(error.retryable).to.equal(true);
  });

  it('stores and returns hostile text verbatim: markup and SQL are just text', async () => {
    const adapter = createRestAdapter({ baseUrl: await startServer() });
    const name = `<img src=x onerror=alert(1)>'--`;
    const note = `'); DROP TABLE signups;-- " OR 1=1 <script>alert(2)</script>`;
    const receipt = await adapter.submitSignup(signup('13700000021', { name, note }), { idempotencyKey: crypto.randomUUID() });
    expect(receipt.status).to.equal('confirmed');
    // The table survived the name, and the next signup still counts the first one.
    const second = await adapter.submitSignup(signup('13700000022'), { idempotencyKey: crypto.randomUUID() });
    expect(second.status).to.equal('confirmed');
    const third = await adapter.submitSignup(signup('13700000023'), { idempotencyKey: crypto.randomUUID() });
    expect(third.status).to.equal('waitlisted');
  });
});
