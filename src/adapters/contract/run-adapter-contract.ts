import { createIdempotencyKey } from '../idempotency-key.js';
import * as v from 'valibot';
import { GridSchema, SignupReceiptSchema, SurveyReceiptSchema, WorkerSchema, type VolunteerSignup } from '../../model/index.js';
import type { DataAdapter } from '../data-adapter.js';
import { check, ids, rejectsWith } from './assert.js';

export interface ContractOptions {
  /** Set false for a read-only adapter; the write half is then reported as skipped, not passed. */
  writes?: boolean;
}

const key = createIdempotencyKey;
const signup = (mobile: string, opportunityId = 'O-OPEN'): VolunteerSignup => ({
  opportunityId,
  name: '测试志愿者',
  mobile,
  ageGroup: 'adult',
  consent: { version: 'v1', at: new Date().toISOString() },
});

/**
 * The behaviour every DataAdapter must show, as a mocha-style suite. `factory` returns a fresh adapter whose
 * backend holds exactly `CONTRACT_FIXTURE` (and, for writes, no earlier submissions).
 *
 * @example
 * import { runAdapterContract, CONTRACT_FIXTURE } from 'community-widgets/adapters';
 * runAdapterContract('my backend', async () => createMyAdapter(await seed(CONTRACT_FIXTURE)));
 */
export function runAdapterContract(name: string, factory: () => DataAdapter | Promise<DataAdapter>, options: ContractOptions = {}): void {
  describe(`adapter contract: ${name}`, () => {
    let adapter: DataAdapter;
    beforeEach(async () => {
      adapter = await factory();
    });

    it('has a stable id', () => {
      check(typeof adapter.id === 'string' && adapter.id.length > 0, 'id must be a non-empty string');
    });

    it('lists grids that pass the schema, filtered by community and ids', async () => {
      const all = await adapter.listGrids();
      check(ids(all) === 'G-A1,G-B1', `listGrids() returned ${ids(all)}`);
      for (const grid of all) check(v.is(GridSchema, grid), `grid ${grid.id} must pass GridSchema`);
      check(ids(await adapter.listGrids({ community: '乙社区' })) === 'G-B1', 'listGrids({ community }) must filter');
      check(ids(await adapter.listGrids({ ids: ['G-A1'] })) === 'G-A1', 'listGrids({ ids }) must filter');
      check((await adapter.getGrid('G-B1')).boundary.type === 'MultiPolygon', 'getGrid must keep MultiPolygon boundaries');
    });

    it('answers a grid team and single workers', async () => {
      const team = await adapter.listWorkers({ gridId: 'G-A1' });
      check(ids(team) === 'W-1,W-2', `listWorkers({ gridId }) returned ${ids(team)}`);
      const worker = await adapter.getWorker('W-1');
      check(v.is(WorkerSchema, worker) && worker.name === '王网格长', 'getWorker must return the worker');
      check(worker.phones[0]?.publish === true, 'publish flags must survive the round trip');
    });

    it('rejects unknown ids with not-found', async () => {
      await rejectsWith(adapter.getGrid('G-NONE'), 'not-found', 'getGrid(unknown)');
      await rejectsWith(adapter.getWorker('W-NONE'), 'not-found', 'getWorker(unknown)');
      await rejectsWith(adapter.getSurvey('S-NONE'), 'not-found', 'getSurvey(unknown)');
      await rejectsWith(adapter.getOpportunity('O-NONE'), 'not-found', 'getOpportunity(unknown)');
    });

    it('filters service points and opportunities', async () => {
      check(ids(await adapter.listServicePoints({ kinds: ['meal'] })) === 'P-1', 'listServicePoints({ kinds })');
      check(ids(await adapter.listOpportunities({ community: '甲社区' })) === 'O-OPEN', 'listOpportunities({ community })');
      const march = await adapter.listOpportunities({ from: '2099-03-01T00:00:00+08:00', to: '2099-03-31T23:59:59+08:00' });
      check(ids(march) === 'O-OPEN', `listOpportunities({ from, to }) returned ${ids(march)}`);
      check((await adapter.getSurvey('S-1')).questions[0]?.kind === 'rating5', 'getSurvey must keep question kinds');
    });

    it('rejects with aborted when the signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort();
      await rejectsWith(adapter.listGrids({}, { signal: controller.signal }), 'aborted', 'listGrids with an aborted signal');
    });

    describe('writes', () => {
      before(function () {
        if (options.writes === false) this.skip();
      });

      it('returns the first survey receipt for a repeated idempotency key', async () => {
        const response = { surveyId: 'S-1', answers: { overall: 'satisfied' }, locale: 'zh-Hans' as const, submittedAt: new Date().toISOString() };
        const k = key();
        const first = await adapter.submitSurveyResponse(response, { idempotencyKey: k });
        check(v.is(SurveyReceiptSchema, first), 'the survey receipt must pass SurveyReceiptSchema');
        const again = await adapter.submitSurveyResponse(response, { idempotencyKey: k });
        check(again.code === first.code, 'a retried survey submission must return the first receipt');
      });

      it('rejects a malformed submission as rejected', async () => {
        const bad = { surveyId: 'S-1', answers: {}, locale: 'xx', submittedAt: 'yesterday' } as never;
        await rejectsWith(adapter.submitSurveyResponse(bad, { idempotencyKey: key() }), 'rejected', 'a malformed survey response');
      });

      it('confirms, waitlists, then reports full; one signup per mobile; retries return the first receipt', async () => {
        const k = key();
        const first = await adapter.submitSignup(signup('13800000001'), { idempotencyKey: k });
        check(v.is(SignupReceiptSchema, first) && first.status === 'confirmed' && !!first.code && !!first.cancelToken, 'first signup must be confirmed with code and token');
        const retry = await adapter.submitSignup(signup('13800000001'), { idempotencyKey: k });
        check(retry.code === first.code && retry.status === 'confirmed', 'a retried signup must return the first receipt');
        const duplicate = await adapter.submitSignup(signup('13800000001'), { idempotencyKey: key() });
        check(duplicate.status === 'duplicate', `the same mobile again must be duplicate, got ${duplicate.status}`);
        check((await adapter.submitSignup(signup('13800000002'), { idempotencyKey: key() })).status === 'confirmed', 'second place confirmed');
        const third = await adapter.submitSignup(signup('13800000003'), { idempotencyKey: key() });
        check(third.status === 'waitlisted' && third.position === 1, `a full activity with a waiting list must waitlist, got ${third.status}`);
        const fourth = await adapter.submitSignup(signup('13800000004'), { idempotencyKey: key() });
        check(fourth.status === 'full', `a full waiting list must answer full, got ${fourth.status}`);
        const closed = await adapter.submitSignup(signup('13800000005', 'O-CLOSED'), { idempotencyKey: key() });
        check(closed.status === 'closed', `a closed activity must answer closed, got ${closed.status}`);
      });

      it('cancels with the receipt token only', async () => {
        const receipt = await adapter.submitSignup(signup('13900000001'), { idempotencyKey: key() });
        const code = receipt.code!;
        const wrong = await adapter.cancelSignup({ code, cancelToken: 'not-the-token' }, { idempotencyKey: key() });
        check(wrong.status === 'not-found', 'a wrong token must not cancel');
        const done = await adapter.cancelSignup({ code, cancelToken: receipt.cancelToken! }, { idempotencyKey: key() });
        check(done.status === 'cancelled', 'the right token must cancel');
        const twice = await adapter.cancelSignup({ code, cancelToken: receipt.cancelToken! }, { idempotencyKey: key() });
        check(twice.status === 'already-cancelled', 'cancelling twice must say already-cancelled');
      });
    });
  });
}
