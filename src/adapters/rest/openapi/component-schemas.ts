import { toJsonSchemaDefs, type JsonSchema } from '@valibot/to-json-schema';
import {
  AnswerSchema,
  AreaGeometrySchema,
  CancelReceiptSchema,
  ConsentSchema,
  DateTimeSchema,
  GridSchema,
  IdSchema,
  MainlandMobileSchema,
  MultiPolygonSchema,
  PhoneNumberSchema,
  PointSchema,
  PolygonSchema,
  PositionSchema,
  QuestionSchema,
  ServicePointSchema,
  ShowIfSchema,
  SignupCancellationSchema,
  SignupReceiptSchema,
  SurveyReceiptSchema,
  SurveyResponseSchema,
  SurveySchema,
  VolunteerOpportunitySchema,
  VolunteerSignupSchema,
  WorkerPhoneSchema,
  WorkerSchema,
} from '../../../model/index.js';

/**
 * Every valibot schema of the wire format, by the name it gets in `components.schemas`. Shared parts (Id,
 * DateTime, Consent, geometry …) are listed too, so they appear once and are referenced, as in the model.
 */
const WIRE_SCHEMAS = {
  Grid: GridSchema,
  Worker: WorkerSchema,
  WorkerPhone: WorkerPhoneSchema,
  ServicePoint: ServicePointSchema,
  Survey: SurveySchema,
  Question: QuestionSchema,
  ShowIf: ShowIfSchema,
  VolunteerOpportunity: VolunteerOpportunitySchema,
  SurveyResponse: SurveyResponseSchema,
  Answer: AnswerSchema,
  SurveyReceipt: SurveyReceiptSchema,
  VolunteerSignup: VolunteerSignupSchema,
  SignupReceipt: SignupReceiptSchema,
  SignupCancellation: SignupCancellationSchema,
  CancelReceipt: CancelReceiptSchema,
  Consent: ConsentSchema,
  AreaGeometry: AreaGeometrySchema,
  Polygon: PolygonSchema,
  MultiPolygon: MultiPolygonSchema,
  Point: PointSchema,
  Position: PositionSchema,
  Id: IdSchema,
  DateTime: DateTimeSchema,
  PhoneNumber: PhoneNumberSchema,
  MainlandMobile: MainlandMobileSchema,
};

/** Rules JSON Schema cannot express are kept as prose, so the contract still states them. */
function describeAction(action: { type: string; message?: unknown }, schema: JsonSchema): JsonSchema | undefined {
  if (action.type === 'trim') return { ...schema, $comment: 'Leading and trailing white space is trimmed before the length checks.' };
  if (action.type === 'check' && typeof action.message === 'string') {
    return { ...schema, description: schema.description ? `${schema.description}; ${action.message}` : `Rule: ${action.message}` };
  }
  return undefined;
}

/** `#/$defs/X` (JSON Schema) → `#/components/schemas/X` (OpenAPI), everywhere in a schema. */
function toComponentRefs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as T;
}

/**
 * The OpenAPI 3.1 `components.schemas`, converted from the valibot model (JSON Schema 2020-12, input types:
 * what goes over the wire, before defaults are applied). Any valibot feature the converter does not know fails
 * the generation instead of silently loosening the contract.
 *
 * @example
 * componentSchemas().Grid.required; // ['id', 'code', 'name', 'community', 'boundary']
 */
export function componentSchemas(): Record<keyof typeof WIRE_SCHEMAS, JsonSchema> {
  const defs = toJsonSchemaDefs(WIRE_SCHEMAS, {
    target: 'draft-2020-12',
    typeMode: 'input',
    errorMode: 'throw',
    overrideAction: ({ valibotAction, jsonSchema }) => describeAction(valibotAction as { type: string; message?: unknown }, jsonSchema),
  });
  return toComponentRefs(defs);
}
