/**
 * Makes this page's IndexedDB refuse to open, as some in-app browsers and private modes do; returns the undo.
 *
 * @example
 * const restore = withoutIndexedDb();
 * try { … } finally { restore(); }
 */
export function withoutIndexedDb(): () => void {
  const open = Object.getOwnPropertyDescriptor(IDBFactory.prototype, 'open')!;
  Object.defineProperty(IDBFactory.prototype, 'open', {
    ...open,
    value: () => {
      throw new DOMException('IndexedDB is disabled', 'InvalidStateError');
    },
  });
  return () => Object.defineProperty(IDBFactory.prototype, 'open', open);
}

/** Whether leaving the page now would make the browser ask first (a `beforeunload` listener cancelled it). */
export function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}
