import type { Trie } from 'opencc-js/core';
import { nextTask } from './next-task.js';

type Convert = (text: string) => string;

/**
 * Table entries added per task. Building the whole table (about 3,900 characters) in one go was one long task, 30–90
 * ms on a phone-speed CPU, in the middle of a Traditional Chinese page's start.
 */
const ENTRIES_PER_TASK = 500;

let loading: Promise<Convert> | undefined;

/**
 * Simplified → Traditional for data strings, loaded on first use. Character tables only (opencc-js core +
 * STCharacters, about 23 KB gzip): the phrase dictionary is 400 KB, and a portal's own 繁體 toggle converts
 * character by character too, so widgets and page read the same.
 */
export function loadTraditional(): Promise<Convert> {
  if (!loading) {
    loading = Promise.all([import('opencc-js/core'), import('opencc-js/dict/STCharacters')]).then(([core, characters]) =>
      fillInSlices(new core.Trie(), characters.default),
    );
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/**
 * opencc-js's own table, the one `ConverterFactory([table])` builds, filled a slice of entries per task. The table is
 * `from to|from to|…`, as opencc-js reads it.
 */
async function fillInSlices(trie: Trie, table: string): Promise<Convert> {
  const entries = table.split('|');
  for (let start = 0; start < entries.length; start += ENTRIES_PER_TASK) {
    if (start) await nextTask();
    for (const entry of entries.slice(start, start + ENTRIES_PER_TASK)) {
      const [from, to] = entry.split(' ');
      if (from && to !== undefined) trie.addWord(from, to);
    }
  }
  return (text) => trie.convert(text);
}

/**
 * A copy of `value` with every string converted. Ids, codes, phone numbers and URLs are ASCII, which the table
 * leaves alone, so the whole record can be converted without a list of text fields to keep in sync.
 */
export function convertStrings<T>(value: T, convert: Convert): T {
  if (typeof value === 'string') return convert(value) as T;
  if (Array.isArray(value)) return value.map((item) => convertStrings(item, convert)) as T;
  if (value && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = convertStrings(item, convert);
    return result as T;
  }
  return value;
}
