import type { Grid } from '../../model/index.js';

/**
 * At most this many options are rendered: a district can hold thousands of grids, and arrowing through them is no
 * help. The list says how many matched and asks for a few characters of the name instead.
 */
export const LIST_LIMIT = 100;

/**
 * The grids whose name, community, street or code contains `query` (case- and width-insensitive), capped at
 * {@link LIST_LIMIT}. The selected grid is always among them, so the list can show what the map shows.
 *
 * @example filterGrids(grids, '局前', 'G-JQJ-02') // { shown: [...], total: 6 }
 */
export function filterGrids(grids: readonly Grid[], query: string, selectedId?: string): { shown: Grid[]; total: number } {
  const needle = normalize(query);
  const matches = needle ? grids.filter((g) => [g.name, g.community, g.street ?? '', g.code].some((text) => normalize(text).includes(needle))) : grids;
  const shown = matches.slice(0, LIST_LIMIT);
  if (selectedId && !shown.some((g) => g.id === selectedId)) {
    const selected = matches.find((g) => g.id === selectedId);
    if (selected) shown[shown.length === LIST_LIMIT ? LIST_LIMIT - 1 : shown.length] = selected;
  }
  return { shown, total: matches.length };
}

/** Full-width digits and letters (typed with a Chinese IME) compare equal to ASCII ones. */
function normalize(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}
