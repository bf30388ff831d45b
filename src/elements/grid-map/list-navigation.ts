/**
 * Where focus goes in the grid list for a key, following the ARIA listbox pattern: arrows step, Home/End jump,
 * PageUp/PageDown move by ten. Returns `undefined` for keys the list does not handle.
 *
 * @example nextIndex('ArrowDown', 3, 10) // 4
 */
export function nextIndex(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, last);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(current + 10, last);
    case 'PageUp':
      return Math.max(current - 10, 0);
    default:
      return undefined;
  }
}
