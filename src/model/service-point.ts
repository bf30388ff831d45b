import * as v from 'valibot';
import { IdSchema, PhoneNumberSchema, requiredText, text } from './common.js';
import { PointSchema } from './geo.js';

import { SERVICE_POINT_KINDS } from './vocabulary.js';

export { SERVICE_POINT_KINDS, type ServicePointKind } from './vocabulary.js';

/** 老年助餐点, 小学生接送看护站, 活动室 … */
export const ServicePointSchema = v.object({
  id: IdSchema,
  name: requiredText(80),
  kind: v.picklist(SERVICE_POINT_KINDS),
  location: PointSchema,
  address: v.optional(text(120)),
  hours: v.optional(text(80)),
  phone: v.optional(PhoneNumberSchema),
  community: v.optional(text(80)),
});

export type ServicePoint = v.InferOutput<typeof ServicePointSchema>;
