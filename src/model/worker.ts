import * as v from 'valibot';
import { DateTimeSchema, IdSchema, PhoneNumberSchema, UrlTextSchema, requiredText, text } from './common.js';

import { WORKER_ROLES } from './vocabulary.js';

export { WORKER_ROLES, type WorkerRole } from './vocabulary.js';

/**
 * Every personal field carries its own `publish` flag: a worker's photo and phone are personal data (PIPL
 * Art. 25), so a widget shows only what the worker agreed to publish. Absent means not consented.
 */
export const WorkerPhoneSchema = v.object({
  number: PhoneNumberSchema,
  kind: v.optional(v.picklist(['work', 'mobile', 'hotline']), 'work'),
  publish: v.optional(v.boolean(), false),
});

export const WorkerSchema = v.object({
  id: IdSchema,
  name: requiredText(40),
  role: v.picklist(WORKER_ROLES, `must be one of ${WORKER_ROLES.join(', ')}`),
  /** Local title shown instead of the role's standard name, e.g. 专职网格员. */
  title: v.optional(text(40)),
  photo: v.optional(v.object({ url: UrlTextSchema, publish: v.optional(v.boolean(), false) })),
  phones: v.optional(v.array(WorkerPhoneSchema), []),
  office: v.optional(
    v.object({ address: v.optional(text(120)), hours: v.optional(text(80)), publish: v.optional(v.boolean(), true) }),
  ),
  duties: v.optional(v.array(requiredText(60)), []),
  gridIds: v.optional(v.array(IdSchema), []),
  community: requiredText(80),
  updatedAt: v.optional(DateTimeSchema),
});

export type Worker = v.InferOutput<typeof WorkerSchema>;
export type WorkerPhone = v.InferOutput<typeof WorkerPhoneSchema>;
