/**
 * Runs tasks one after another, in call order. A failing task does not block the ones queued after it.
 *
 * @example
 * const mutex = new InPageMutex();
 * await Promise.all([mutex.run(sendA), mutex.run(sendB)]); // sendB starts after sendA settles
 */
export class InPageMutex {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
