import type { AgeGroup } from '../../../model/volunteer.js';

/** Each group's ages, upper bound exclusive. The form asks for a group, never a birth date or ID number. */
const AGE_RANGES: Record<AgeGroup, readonly [number, number]> = {
  adult: [18, Infinity],
  teen: [14, 18],
  child: [0, 14],
};

/**
 * Whether a group meets an activity's minimum age:
 * - `eligible`: everyone in the group is old enough;
 * - `ineligible`: nobody in it is;
 * - `confirm`: the minimum falls inside the group (e.g. 16 for 14–17), so the resident must confirm their age.
 *
 * @example
 * ageEligibility('teen', 16); // → 'confirm'
 * ageEligibility('child', 18); // → 'ineligible'
 */
export function ageEligibility(group: AgeGroup, minAge: number | undefined): 'eligible' | 'ineligible' | 'confirm' {
  const [from, to] = AGE_RANGES[group];
  if (!minAge || from >= minAge) return 'eligible';
  if (to <= minAge) return 'ineligible';
  return 'confirm';
}

/**
 * The form's choices, oldest first. A local list rather than the model's `AGE_GROUPS`: importing a value from the
 * model would pull the valibot schemas into the element's bundle.
 */
export const AGE_CHOICES = ['adult', 'teen', 'child'] as const satisfies readonly AgeGroup[];

/** PIPL Art. 28/31: a child under 14 takes part only with a guardian's name, mobile and consent. */
export const needsGuardian = (group: AgeGroup | undefined): boolean => group === 'child';
