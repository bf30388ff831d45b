import type { AgeGroup, VolunteerOpportunity, VolunteerSignup } from '../../../model/volunteer.js';
import { ageEligibility, needsGuardian } from './age-eligibility.js';
import { normalizeMobile } from './mobile-number.js';

/** What the resident has typed so far, exactly as typed: normalizing happens only when the signup is built. */
export interface SignupDraft {
  name: string;
  mobile: string;
  community: string;
  note: string;
  ageGroup: AgeGroup | '';
  /** "I am at least {minAge}", asked only when the minimum age falls inside the chosen group. */
  ageConfirmed: boolean;
  guardianName: string;
  guardianMobile: string;
  guardianConsent: boolean;
  consent: boolean;
}

export type DraftField = keyof SignupDraft;

/** Form order: the error summary lists problems in the order the resident meets the fields. */
export const DRAFT_FIELDS = [
  'name',
  'mobile',
  'ageGroup',
  'ageConfirmed',
  'guardianName',
  'guardianMobile',
  'guardianConsent',
  'community',
  'note',
  'consent',
] as const satisfies readonly DraftField[];

export const FIELD_LIMITS = { name: 40, community: 80, note: 500 } as const;

export type FieldProblem = 'required' | 'mobile' | 'too-long' | 'too-young' | 'same-mobile';

export const emptyDraft = (): SignupDraft => ({
  name: '',
  mobile: '',
  community: '',
  note: '',
  ageGroup: '',
  ageConfirmed: false,
  guardianName: '',
  guardianMobile: '',
  guardianConsent: false,
  consent: false,
});

/** Which fields the form shows for this draft: guardian fields for a child, the age confirmation when it matters. */
export function visibleFields(draft: SignupDraft, opportunity: VolunteerOpportunity): DraftField[] {
  return DRAFT_FIELDS.filter((field) => {
    if (field === 'ageConfirmed') return draft.ageGroup !== '' && ageEligibility(draft.ageGroup, opportunity.minAge) === 'confirm';
    if (field.startsWith('guardian')) return needsGuardian(draft.ageGroup || undefined);
    return true;
  });
}

function textProblem(value: string, max: number, required: boolean): FieldProblem | undefined {
  const trimmed = value.trim();
  if (!trimmed) return required ? 'required' : undefined;
  return trimmed.length > max ? 'too-long' : undefined;
}

/**
 * The problem with one field, if any. Fields the form does not show have none.
 *
 * @example
 * fieldProblem('mobile', { ...draft, mobile: '1380013800' }, activity); // → 'mobile'
 */
export function fieldProblem(field: DraftField, draft: SignupDraft, opportunity: VolunteerOpportunity): FieldProblem | undefined {
  if (!visibleFields(draft, opportunity).includes(field)) return undefined;
  switch (field) {
    case 'name':
      return textProblem(draft.name, FIELD_LIMITS.name, true);
    case 'guardianName':
      return textProblem(draft.guardianName, FIELD_LIMITS.name, true);
    case 'community':
      return textProblem(draft.community, FIELD_LIMITS.community, false);
    case 'note':
      return textProblem(draft.note, FIELD_LIMITS.note, false);
    case 'mobile':
      if (!draft.mobile.trim()) return 'required';
      return normalizeMobile(draft.mobile) ? undefined : 'mobile';
    case 'guardianMobile': {
      if (!draft.guardianMobile.trim()) return 'required';
      const guardian = normalizeMobile(draft.guardianMobile);
      if (!guardian) return 'mobile';
      // The guardian is who the organizer calls when something happens to the child: it must be another phone.
      return guardian === normalizeMobile(draft.mobile) ? 'same-mobile' : undefined;
    }
    case 'ageGroup':
      if (!draft.ageGroup) return 'required';
      return ageEligibility(draft.ageGroup, opportunity.minAge) === 'ineligible' ? 'too-young' : undefined;
    case 'ageConfirmed':
    case 'guardianConsent':
    case 'consent':
      return draft[field] ? undefined : 'required';
  }
}

/** Every problem in form order; empty when the draft can be sent. */
export function draftProblems(draft: SignupDraft, opportunity: VolunteerOpportunity): [DraftField, FieldProblem][] {
  return DRAFT_FIELDS.flatMap((field) => {
    const problem = fieldProblem(field, draft, opportunity);
    return problem ? [[field, problem] as [DraftField, FieldProblem]] : [];
  });
}

export interface ConsentStamp {
  version: string;
  guardianVersion: string;
  at: Date;
}

/**
 * The payload for the outbox, from a draft without problems: mobiles normalized, blanks dropped, the consent
 * text versions and the moment of consent attached. Nothing the form did not ask for.
 */
export function buildSignup(draft: SignupDraft, opportunityId: string, consent: ConsentStamp): VolunteerSignup {
  const at = consent.at.toISOString();
  const ageGroup = draft.ageGroup as AgeGroup;
  const community = draft.community.trim();
  const note = draft.note.trim();
  return {
    opportunityId,
    name: draft.name.trim(),
    mobile: normalizeMobile(draft.mobile)!,
    ...(community ? { community } : {}),
    ...(note ? { note } : {}),
    ageGroup,
    ...(needsGuardian(ageGroup)
      ? {
          guardian: {
            name: draft.guardianName.trim(),
            mobile: normalizeMobile(draft.guardianMobile)!,
            consent: { version: consent.guardianVersion, at },
          },
        }
      : {}),
    consent: { version: consent.version, at },
  };
}
