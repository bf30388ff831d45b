import { expect } from '@open-wc/testing';
import { TileScheduler } from '../src/elements/grid-map/internal/tile-scheduler.js';

/** A job that keeps the main thread for `ms` and records which task ran it. */
const busy = (ms: number, log: number[], task: () => number) => () => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spin: stands in for drawing a dense tile
  }
  log.push(task());
};

/** Counts macrotasks: each MessageChannel turn of the scheduler is a new one. */
function taskCounter() {
  let task = 0;
  let running = true;
  const tick = () => {
    task++;
    if (running) setTimeout(tick, 0);
  };
  tick();
  return { current: () => task, stop: () => (running = false) };
}

const drained = (count: number, log: number[]) =>
  new Promise<void>((resolve) => {
    const check = () => (log.length >= count ? resolve() : setTimeout(check, 5));
    check();
  });

describe('TileScheduler', () => {
  it('spreads queued tiles over several tasks, within its budget per task', async () => {
    const scheduler = new TileScheduler(8);
    const ran: number[] = [];
    const tasks = taskCounter();
    for (let i = 0; i < 6; i++) scheduler.schedule(busy(5, ran, tasks.current));
    await drained(6, ran);
    tasks.stop();
    scheduler.dispose();
    expect(new Set(ran).size, 'yielded between slices').to.be.greaterThan(1);
  });

  it('draws a whole redraw in one go: the first complete picture is not delayed by slicing', async () => {
    const scheduler = new TileScheduler(8);
    const ran: number[] = [];
    const tasks = taskCounter();
    scheduler.runNextBatchWhole();
    for (let i = 0; i < 6; i++) scheduler.schedule(busy(5, ran, tasks.current));
    await drained(6, ran);
    expect(new Set(ran).size, 'one task').to.equal(1);

    // Afterwards (a pan), slicing is back.
    for (let i = 0; i < 6; i++) scheduler.schedule(busy(5, ran, tasks.current));
    await drained(12, ran);
    tasks.stop();
    scheduler.dispose();
    expect(new Set(ran.slice(6)).size).to.be.greaterThan(1);
  });
});
