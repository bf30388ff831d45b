type Convert = (text: string) => string;

let loading: Promise<Convert> | undefined;

/**
 * Simplified → Traditional for data strings, loaded on first use. Character tables only (opencc-js core +
 * STCharacters, about 23 KB gzip): the phrase dictionary is 400 KB, and a portal's own 繁體 toggle converts
 * character by character too, so widgets and page read the same.
 */
export function loadTraditional(): Promise<Convert> {
  if (!loading) {
    loading = Promise.all([import('opencc-js/core'), import('opencc-js/dict/STCharacters')]).then(([core, characters]) =>
      core.ConverterFactory([characters.default]),
    );
    loading.catch(() => (loading = undefined));
  }
  return loading;
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
