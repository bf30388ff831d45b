/**
 * Runs queued tile drawings in slices of at most `budgetMs`, yielding to the browser between slices (a
 * MessageChannel turn, which unlike setTimeout is not clamped to 4 ms). A zoom that needs twenty dense tiles then
 * spreads over a few frames instead of freezing one, and tiles nearest the centre, queued first, appear first.
 */
export class TileScheduler {
  readonly #queue: Array<() => void> = [];
  readonly #channel = new MessageChannel();
  readonly #budgetMs: number;
  #posted = false;
  #wholeBatch = false;

  constructor(budgetMs = 8) {
    this.#budgetMs = budgetMs;
    this.#channel.port1.onmessage = () => this.#drain();
  }

  /** Queue a job; jobs run in order. */
  schedule(job: () => void): void {
    this.#queue.push(job);
    if (!this.#posted) {
      this.#posted = true;
      this.#channel.port2.postMessage(null);
    }
  }

  /**
   * Run everything queued until the queue is next empty in one go. For a full redraw (new grids, new style):
   * nothing is on screen to keep responsive, and slicing would only delay the first complete picture.
   */
  runNextBatchWhole(): void {
    this.#wholeBatch = true;
  }

  /** Drop pending jobs and stop. */
  dispose(): void {
    this.#queue.length = 0;
    this.#channel.port1.onmessage = null;
    this.#channel.port1.close();
  }

  #drain(): void {
    this.#posted = false;
    const until = this.#wholeBatch ? Infinity : performance.now() + this.#budgetMs;
    while (this.#queue.length > 0) {
      this.#queue.shift()!();
      if (performance.now() >= until) break;
    }
    if (this.#queue.length === 0) this.#wholeBatch = false;
    if (this.#queue.length > 0) {
      this.#posted = true;
      this.#channel.port2.postMessage(null);
    }
  }
}
