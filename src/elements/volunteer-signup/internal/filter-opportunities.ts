import { filterOpportunities } from '../../../adapters/queries.js';
import type { VolunteerOpportunity } from '../../../model/volunteer.js';
import { dayBoundary } from './format-time.js';
import { opportunityState } from './opportunity-status.js';

/** The list's filters as the form holds them: empty strings mean "any". */
export interface OpportunityFilters {
  community: string;
  kind: string;
  /** `YYYY-MM-DD`, a day in China. */
  from: string;
  to: string;
  showPast: boolean;
}

export const noFilters = (community = ''): OpportunityFilters => ({ community, kind: '', from: '', to: '', showPast: false });

/**
 * The activities to list: the adapters' own query semantics (overlap with the date range, soonest first), and past
 * activities only when asked for — a resident looking for something to do rarely wants last month's.
 *
 * @example
 * applyFilters(all, { ...noFilters('朝二社区'), from: '2026-12-01' }, new Date());
 */
export function applyFilters(items: readonly VolunteerOpportunity[], filters: OpportunityFilters, now: Date): VolunteerOpportunity[] {
  const matching = filterOpportunities(items, {
    ...(filters.community ? { community: filters.community } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.from ? { from: dayBoundary(filters.from, 'start') } : {}),
    ...(filters.to ? { to: dayBoundary(filters.to, 'end') } : {}),
  });
  return filters.showPast ? matching : matching.filter((o) => opportunityState(o, now) !== 'past');
}

/** The choices for the community and kind selects, plus a preset community the data does not (yet) hold. */
export function filterChoices(items: readonly VolunteerOpportunity[], preset?: string): { communities: string[]; kinds: string[] } {
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));
  const communities = items.map((o) => o.community);
  return {
    communities: sorted(preset ? [...communities, preset] : communities),
    kinds: sorted(items.flatMap((o) => (o.kind ? [o.kind] : []))),
  };
}
