import * as v from 'valibot';
import { DateTimeSchema, IdSchema, NonNegativeInt, PhoneNumberSchema, UrlTextSchema, requiredText, text } from './common.js';

export { RATING5_LEVELS, NEGATIVE_LEVELS, type Rating5Level } from './vocabulary.js';

const OptionSchema = v.object({ value: IdSchema, label: requiredText(120) });

/** Show a question only when another question's answer is (one of) the given values, or answered at all. */
export const ShowIfSchema = v.object({
  question: IdSchema,
  anyOf: v.optional(v.array(v.union([v.string(), v.number()]))),
  answered: v.optional(v.boolean()),
});

const base = {
  id: IdSchema,
  title: requiredText(200),
  help: v.optional(text(400)),
  required: v.optional(v.boolean(), false),
  showIf: v.optional(ShowIfSchema),
  /** Paged mode puts questions with the same section on one step. */
  section: v.optional(text(80)),
};

export const QuestionSchema = v.variant('kind', [
  v.object({ ...base, kind: v.literal('rating5'), followUp: v.optional(v.boolean(), true) }),
  v.object({
    ...base,
    kind: v.literal('rating-matrix'),
    items: v.pipe(v.array(OptionSchema), v.minLength(1, 'needs at least one item')),
    followUp: v.optional(v.boolean(), true),
  }),
  v.object({ ...base, kind: v.literal('single'), options: v.pipe(v.array(OptionSchema), v.minLength(2, 'needs at least two options')) }),
  v.object({
    ...base,
    kind: v.literal('multiple'),
    options: v.pipe(v.array(OptionSchema), v.minLength(2, 'needs at least two options')),
    min: v.optional(NonNegativeInt),
    max: v.optional(NonNegativeInt),
  }),
  v.object({
    ...base,
    kind: v.literal('scale'),
    min: v.optional(NonNegativeInt, 0),
    max: v.optional(NonNegativeInt, 10),
    minLabel: v.optional(text(40)),
    maxLabel: v.optional(text(40)),
  }),
  v.object({
    ...base,
    kind: v.literal('text'),
    maxLength: v.optional(v.pipe(NonNegativeInt, v.maxValue(5000)), 500),
    multiline: v.optional(v.boolean(), true),
  }),
]);

type ParsedQuestion = v.InferOutput<typeof QuestionSchema>;

function hasUniqueIds(questions: ParsedQuestion[]): boolean {
  return new Set(questions.map((q) => q.id)).size === questions.length;
}

/** Only an earlier question may decide visibility: no cycles, and a form can be read top to bottom. */
function showIfPointsBack(questions: ParsedQuestion[]): boolean {
  return questions.every((q, index) => !q.showIf || questions.slice(0, index).some((earlier) => earlier.id === q.showIf!.question));
}

function hasSaneRanges(questions: ParsedQuestion[]): boolean {
  return questions.every((q) => {
    if (q.kind === 'multiple') return q.min === undefined || q.max === undefined || q.min <= q.max;
    if (q.kind === 'scale') return q.min < q.max && q.max <= 10;
    return true;
  });
}

export const SurveySchema = v.object({
  id: IdSchema,
  version: v.optional(v.string(), '1'),
  title: requiredText(200),
  intro: v.optional(text(2000)),
  resultsUrl: v.optional(UrlTextSchema),
  /** Who receives a resident's contact for 回访, and how long it is kept: shown next to the consent box. */
  followUpPolicy: v.optional(v.object({ receiver: requiredText(120), retentionDays: NonNegativeInt })),
  questions: v.pipe(
    v.array(QuestionSchema),
    v.minLength(1, 'a survey needs at least one question'),
    v.check(hasUniqueIds, 'question ids must be unique'),
    v.check(showIfPointsBack, 'showIf must name a question that comes earlier'),
    v.check(hasSaneRanges, 'min must not exceed max (multiple), and a scale needs min < max ≤ 10'),
  ),
  opensAt: v.optional(DateTimeSchema),
  closesAt: v.optional(DateTimeSchema),
});

export const AnswerSchema = v.union([
  v.string(),
  v.number(),
  v.array(v.string()),
  v.record(v.string(), v.string()),
]);

export const ConsentSchema = v.object({ version: requiredText(40), at: DateTimeSchema });

export const SurveyResponseSchema = v.object({
  surveyId: IdSchema,
  surveyVersion: v.optional(v.string()),
  answers: v.record(IdSchema, AnswerSchema),
  /** For negative answers: why, and (only with its own consent) how to reach the resident for 回访. */
  followUp: v.optional(
    v.object({
      reason: v.optional(text(1000)),
      contact: v.optional(v.object({ name: v.optional(text(40)), phone: PhoneNumberSchema, consent: ConsentSchema })),
    }),
  ),
  locale: v.picklist(['zh-Hans', 'zh-Hant', 'en']),
  submittedAt: DateTimeSchema,
});

export const SurveyReceiptSchema = v.object({ code: requiredText(40), receivedAt: DateTimeSchema });

export type Survey = v.InferOutput<typeof SurveySchema>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionKind = Question['kind'];
export type Answer = v.InferOutput<typeof AnswerSchema>;
export type Consent = v.InferOutput<typeof ConsentSchema>;
export type SurveyResponse = v.InferOutput<typeof SurveyResponseSchema>;
export type SurveyReceipt = v.InferOutput<typeof SurveyReceiptSchema>;
