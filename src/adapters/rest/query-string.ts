/**
 * Appends query parameters the way the contract reads them: lists comma-separated, absent values left out,
 * and an empty list kept (`ids=`), because "only these zero ids" is not the same as "all".
 *
 * @example
 * withQuery('https://x/api/grids', { ids: ['G-1', 'G-2'], community: undefined }); // https://x/api/grids?ids=G-1%2CG-2
 */
export function withQuery(url: string, query: Record<string, string | readonly string[] | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (typeof value === 'string') {
      if (value !== '') params.set(name, value);
    } else params.set(name, value.join(','));
  }
  const search = params.toString();
  return search ? `${url}?${search}` : url;
}
