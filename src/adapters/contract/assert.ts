import { AdapterError } from '../adapter-error.js';

// Plain assertions so the suite runs under any mocha-style runner (web-test-runner, mocha, vitest globals)
// without pulling in an assertion library.
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Adapter contract: ${message}`);
}

export async function rejectsWith(promise: Promise<unknown>, code: string, what: string): Promise<void> {
  try {
    await promise;
  } catch (error) {
    check(error instanceof AdapterError, `${what} must reject with an AdapterError, got ${String(error)}`);
    check(error.code === code, `${what} must reject with code "${code}", got "${error.code}"`);
    return;
  }
  throw new Error(`Adapter contract: ${what} must reject with "${code}" but resolved`);
}

export const ids = (items: readonly { id: string }[]) => items.map((i) => i.id).sort().join(',');
