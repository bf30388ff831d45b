import type { SignupResult, VolunteerOpportunity } from '../model/index.js';

/** A signup already held for the activity (cancelled ones excluded). */
export interface HeldPlace {
  mobile: string;
  status: 'confirmed' | 'waitlisted';
}

export type Placement = { status: Exclude<SignupResult, 'confirmed' | 'waitlisted'> } | { status: 'confirmed' } | { status: 'waitlisted'; position: number };

/**
 * Where a new signup goes, by the contract's rules: closed (status, deadline or end passed), duplicate (the
 * mobile already holds a place), confirmed while places remain, waitlisted while the waiting list has room,
 * else full. Every backend that keeps signups — the memory writer, the reference server — decides with this.
 *
 * @example
 * const placement = placeSignup(opportunity, heldPlaces, signup.mobile, new Date());
 */
export function placeSignup(opportunity: VolunteerOpportunity, held: readonly HeldPlace[], mobile: string, now: Date): Placement {
  const at = now.getTime();
  const closed =
    opportunity.status !== 'open' ||
    Date.parse(opportunity.end) < at ||
    (opportunity.deadline !== undefined && Date.parse(opportunity.deadline) < at);
  if (closed) return { status: 'closed' };
  if (held.some((place) => place.mobile === mobile)) return { status: 'duplicate' };
  const confirmed = opportunity.taken + held.filter((place) => place.status === 'confirmed').length;
  if (confirmed < opportunity.capacity) return { status: 'confirmed' };
  const waiting = held.filter((place) => place.status === 'waitlisted').length;
  return waiting < opportunity.waitlist ? { status: 'waitlisted', position: waiting + 1 } : { status: 'full' };
}
