import * as v from 'valibot';
import { DateTimeSchema, IdSchema, NonNegativeInt, requiredText, text } from './common.js';
import { AreaGeometrySchema } from './geo.js';

/**
 * A grid (网格). `code` is the CJ/T 349 20-digit code (object 6 + county 6 + street 3 + community 3 + sequence 2),
 * Beijing's 15-digit DB11 code, or a local code of letters, digits and dashes.
 */
export const GridSchema = v.object({
  id: IdSchema,
  code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,32}$/, 'must be a grid code of letters, digits and -')),
  name: requiredText(80),
  community: requiredText(80),
  street: v.optional(text(80)),
  kind: v.optional(v.picklist(['basic', 'dedicated'])),
  boundary: AreaGeometrySchema,
  households: v.optional(NonNegativeInt),
  population: v.optional(NonNegativeInt),
  workerIds: v.optional(v.array(IdSchema), []),
  updatedAt: v.optional(DateTimeSchema),
});

export type Grid = v.InferOutput<typeof GridSchema>;
