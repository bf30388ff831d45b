import type { VolunteerOpportunity } from '../../../model/volunteer.js';

/**
 * What a resident can do with an activity right now, derived rather than stored: a data file published once a
 * week cannot know that the deadline passed this morning or that the last place went an hour ago.
 * - `open`: places left, signup accepted.
 * - `waitlist`: every place taken, but the waiting list accepts signups.
 * - `full`: every place taken and no waiting list.
 * - `closed`: the organizer closed signup, or the deadline (or, without one, the start) has passed.
 * - `cancelled`: the organizer called the activity off.
 * - `past`: the activity has ended.
 */
export const OPPORTUNITY_STATES = ['open', 'waitlist', 'full', 'closed', 'cancelled', 'past'] as const;
export type OpportunityState = (typeof OPPORTUNITY_STATES)[number];

/** States in which the signup form is offered. */
export const ACCEPTS_SIGNUPS: ReadonlySet<OpportunityState> = new Set(['open', 'waitlist']);

/**
 * The activity's state at `now`.
 *
 * @example
 * opportunityState(activity, new Date()); // → 'waitlist'
 */
export function opportunityState(opportunity: VolunteerOpportunity, now: Date): OpportunityState {
  const at = now.getTime();
  if (Date.parse(opportunity.end) < at) return 'past';
  if (opportunity.status === 'cancelled') return 'cancelled';
  // Without a deadline, signup closes when the activity starts: nobody can join a team that already left.
  const deadline = Date.parse(opportunity.deadline ?? opportunity.start);
  if (opportunity.status === 'closed' || deadline < at) return 'closed';
  if (opportunity.taken >= opportunity.capacity) return opportunity.waitlist > 0 ? 'waitlist' : 'full';
  return 'open';
}

/** Places still free, never negative (a data file may list more volunteers than places). */
export function remainingPlaces(opportunity: VolunteerOpportunity): number {
  return Math.max(0, opportunity.capacity - opportunity.taken);
}
