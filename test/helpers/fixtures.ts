import { createStaticAdapter } from '../../src/adapters/static-adapter.js';
import type { DataAdapter } from '../../src/adapters/data-adapter.js';
import { AdapterError } from '../../src/adapters/adapter-error.js';
import type { CwWorkerCard } from '../../src/elements/worker-card/worker-card.js';

const square = (x: number, y: number) => [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]];

/** A small community: two grids, a full team with published and unpublished fields, and hostile strings. */
export function communityData() {
  return {
    grids: [
      { id: 'G-1', code: '32040200100100101', name: '一网格', community: '局前街社区', boundary: { type: 'Polygon', coordinates: square(119.95, 31.78) }, workerIds: ['W-1', 'W-2', 'W-3'] },
      { id: 'G-2', code: '32040200100100102', name: '二网格', community: '局前街社区', boundary: { type: 'Polygon', coordinates: square(119.96, 31.78) }, workerIds: [] },
    ],
    workers: [
      {
        id: 'W-2',
        name: '李娜',
        role: 'grid-worker',
        community: '局前街社区',
        gridIds: ['G-1'],
        phones: [{ number: '0519-86600002', kind: 'work', publish: true }],
      },
      {
        id: 'W-1',
        name: '王建国',
        role: 'grid-leader',
        community: '局前街社区',
        gridIds: ['G-1'],
        photo: { url: '/does-not-exist/wang.png', publish: true },
        phones: [
          { number: '0519-86600001', kind: 'work', publish: true },
          { number: '13900000001', kind: 'mobile', publish: false },
        ],
        office: { address: '局前街社区服务中心 2 楼', hours: '周一至周五 8:30–17:00' },
        duties: ['信息采集', '矛盾调解'],
      },
      { id: 'W-3', name: '赵警官', role: 'police', community: '局前街社区', gridIds: ['G-1'], photo: { url: '/secret.png', publish: false } },
      {
        id: 'W-EVIL',
        name: '<img src=x onerror="window.__pwned=1">',
        role: 'other',
        title: '<script>window.__pwned=1</script>',
        community: '"><svg onload=window.__pwned=1>',
        photo: { url: 'javascript:window.__pwned=1', publish: true },
        phones: [{ number: '0519-86600009', publish: true }],
        office: { address: '<b>bold</b>', hours: "'); alert(1); //" },
        duties: ['<a href="javascript:alert(1)">x</a>'],
      },
    ],
  };
}

export const staticAdapter = (data: unknown = communityData()) => createStaticAdapter({ data });

/**
 * W-1's card on the fixture data, appended to `parent`: created apart, so a test can watch it from its upgrade on
 * (in the parent's language). The worker-card element must be imported by the test.
 */
export function appendCard(parent: Element): CwWorkerCard {
  const card = document.createElement('cw-worker-card') as CwWorkerCard;
  card.adapter = staticAdapter();
  card.worker = 'W-1';
  parent.append(card);
  return card;
}

/** An adapter whose reads fail until `heal()` is called: for error and retry states. */
export function failingAdapter(code: 'network' | 'server' = 'network') {
  let healthy = false;
  const inner = staticAdapter();
  const gate = <T>(call: () => Promise<T>) => (healthy ? call() : Promise.reject(new AdapterError(code, 'down')));
  const adapter: DataAdapter = {
    ...inner,
    id: 'failing',
    getWorker: (id, o) => gate(() => inner.getWorker(id, o)),
    getGrid: (id, o) => gate(() => inner.getGrid(id, o)),
    listWorkers: (q, o) => gate(() => inner.listWorkers(q, o)),
  };
  return { adapter, heal: () => (healthy = true) };
}

/** An adapter that never answers: the loading state stays visible. */
export function pendingAdapter(): DataAdapter {
  const never = () => new Promise<never>(() => {});
  return { ...staticAdapter(), id: 'pending', getWorker: never, getGrid: never, listWorkers: never };
}

/** Waits until `check` passes, re-checking about every 16 ms, for at least `timeoutMs`. */
export async function until(check: () => boolean, what = 'condition', timeoutMs = 2000): Promise<void> {
  const end = performance.now() + timeoutMs;
  for (let i = 0; i < timeoutMs / 16 || performance.now() < end; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 16));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
