import * as v from 'valibot';
import { DateTimeSchema, IdSchema, NonNegativeInt, UrlTextSchema, requiredText, text } from './common.js';
import { ConsentSchema } from './survey.js';
import { PointSchema } from './geo.js';

export const OPPORTUNITY_STATUSES = ['open', 'closed', 'cancelled'] as const;

export const VolunteerOpportunitySchema = v.object({
  id: IdSchema,
  title: requiredText(120),
  organizer: requiredText(80),
  community: requiredText(80),
  kind: v.optional(text(40)),
  description: v.optional(text(4000)),
  start: DateTimeSchema,
  end: DateTimeSchema,
  place: v.object({ name: requiredText(120), address: v.optional(text(160)), location: v.optional(PointSchema) }),
  capacity: NonNegativeInt,
  taken: NonNegativeInt,
  /** How many may join the waiting list once full; 0 means no waiting list. */
  waitlist: v.optional(NonNegativeInt, 0),
  serviceHours: v.pipe(v.number(), v.minValue(0), v.maxValue(24)),
  deadline: v.optional(DateTimeSchema),
  requirements: v.optional(v.array(requiredText(120)), []),
  minAge: v.optional(NonNegativeInt),
  status: v.optional(v.picklist(OPPORTUNITY_STATUSES), 'open'),
  url: v.optional(UrlTextSchema),
});

/** A mainland mobile, normalized: 11 digits starting with 1. */
export const MainlandMobileSchema = v.pipe(v.string(), v.regex(/^1[3-9]\d{9}$/, 'must be an 11-digit mainland mobile number'));

export const AGE_GROUPS = ['adult', 'teen', 'child'] as const;

export const VolunteerSignupSchema = v.pipe(
  v.object({
    opportunityId: IdSchema,
    name: requiredText(40),
    mobile: MainlandMobileSchema,
    community: v.optional(text(80)),
    note: v.optional(text(500)),
    /** adult ≥ 18, teen 14–17, child < 14 (PIPL Art. 28/31: a child's data needs a guardian's consent). */
    ageGroup: v.picklist(AGE_GROUPS),
    guardian: v.optional(v.object({ name: requiredText(40), mobile: MainlandMobileSchema, consent: ConsentSchema })),
    consent: ConsentSchema,
  }),
  v.check((s) => s.ageGroup !== 'child' || s.guardian !== undefined, 'a child under 14 needs a guardian and their consent'),
);

export const SIGNUP_RESULTS = ['confirmed', 'waitlisted', 'full', 'closed', 'duplicate'] as const;

export const SignupReceiptSchema = v.object({
  status: v.picklist(SIGNUP_RESULTS),
  opportunityId: IdSchema,
  code: v.optional(requiredText(40)),
  cancelToken: v.optional(requiredText(128)),
  /** Place on the waiting list, from 1. */
  position: v.optional(NonNegativeInt),
});

export const SignupCancellationSchema = v.object({ code: requiredText(40), cancelToken: requiredText(128) });
export const CancelReceiptSchema = v.object({ status: v.picklist(['cancelled', 'not-found', 'already-cancelled']) });

export type VolunteerOpportunity = v.InferOutput<typeof VolunteerOpportunitySchema>;
export type VolunteerSignup = v.InferOutput<typeof VolunteerSignupSchema>;
export type SignupReceipt = v.InferOutput<typeof SignupReceiptSchema>;
export type SignupResult = SignupReceipt['status'];
export type SignupCancellation = v.InferOutput<typeof SignupCancellationSchema>;
export type CancelReceipt = v.InferOutput<typeof CancelReceiptSchema>;
export type AgeGroup = (typeof AGE_GROUPS)[number];
