import * as v from 'valibot';
import { GridSchema } from './grid.js';
import { WorkerSchema } from './worker.js';
import { ServicePointSchema } from './service-point.js';
import { SurveySchema } from './survey.js';
import { VolunteerOpportunitySchema } from './volunteer.js';

/**
 * The static adapter's one JSON file. Collections are validated item by item (see `validateDataset`), so one
 * bad grid becomes an error for that grid while the rest still show.
 */
export const DATASET_COLLECTIONS = {
  grids: GridSchema,
  workers: WorkerSchema,
  servicePoints: ServicePointSchema,
  surveys: SurveySchema,
  opportunities: VolunteerOpportunitySchema,
} as const;

export type CollectionName = keyof typeof DATASET_COLLECTIONS;
export type CollectionItem<C extends CollectionName> = v.InferOutput<(typeof DATASET_COLLECTIONS)[C]>;
