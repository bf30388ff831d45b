/**
 * Signals by hand where the browser has no `AbortSignal.any` (Chrome 116+, Safari 17.4+) or `AbortSignal.timeout`
 * (Chrome 103+, Safari 16+): WeChat's Android webview was Chrome 107 in 2023, and iOS 15 and 16 — the last an
 * iPhone 7 or 8 gets — are still in residents' hands.
 */

const timedOut = () => new DOMException('The request timed out', 'TimeoutError');

/** A signal that aborts after `ms` with a `TimeoutError`. */
export function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(timedOut()), ms);
  return controller.signal;
}

/** A signal that aborts when any input does, with its reason; `dispose` stops listening to the inputs. */
export function anySignal(inputs: readonly (AbortSignal | undefined)[]): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const stops = inputs.map((input) => {
    const onAbort = () => controller.abort(input?.reason ?? new DOMException('Aborted', 'AbortError'));
    if (input?.aborted) onAbort();
    else input?.addEventListener('abort', onAbort, { once: true });
    return () => input?.removeEventListener('abort', onAbort);
  });
  return { signal: controller.signal, dispose: () => stops.forEach((stop) => stop()) };
}

/** A signal that aborts when `signal` does, or after `timeoutMs` with a `TimeoutError`. */
export function withTimeout(signal: AbortSignal | undefined, timeoutMs: number): { signal: AbortSignal; dispose: () => void } {
  const timer = new AbortController();
  const id = setTimeout(() => timer.abort(timedOut()), timeoutMs);
  const any = anySignal([signal, timer.signal]);
  return {
    signal: any.signal,
    dispose: () => {
      clearTimeout(id);
      any.dispose();
    },
  };
}

/** Resolves or rejects with `promise`, but rejects as soon as `signal` aborts: for callers sharing one request. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason instanceof DOMException ? signal.reason : new DOMException('Aborted', 'AbortError');
}
