import * as v from 'valibot';

/** [longitude, latitude] as in GeoJSON (RFC 7946). */
export const PositionSchema = v.pipe(
  v.array(v.number()),
  v.check((p) => p.length === 2 || p.length === 3, 'must be [longitude, latitude]'),
  v.check((p) => Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90, 'must be a longitude within ±180 and a latitude within ±90'),
  v.transform((p) => [p[0]!, p[1]!] as [number, number]),
);

const LinearRingSchema = v.pipe(
  v.array(PositionSchema),
  v.minLength(4, 'a ring needs at least 4 positions'),
  v.check((ring) => {
    const first = ring[0]!;
    const last = ring[ring.length - 1]!;
    return first[0] === last[0] && first[1] === last[1];
  }, 'a ring must end where it starts'),
);

export const PolygonSchema = v.object({
  type: v.literal('Polygon'),
  coordinates: v.pipe(v.array(LinearRingSchema), v.minLength(1, 'a polygon needs an outer ring')),
});

export const MultiPolygonSchema = v.object({
  type: v.literal('MultiPolygon'),
  coordinates: v.pipe(
    v.array(v.pipe(v.array(LinearRingSchema), v.minLength(1, 'a polygon needs an outer ring'))),
    v.minLength(1, 'a multipolygon needs at least one polygon'),
  ),
});

export const AreaGeometrySchema = v.variant('type', [PolygonSchema, MultiPolygonSchema]);

export const PointSchema = v.object({ type: v.literal('Point'), coordinates: PositionSchema });

export type Position = [number, number];
export type Polygon = v.InferOutput<typeof PolygonSchema>;
export type MultiPolygon = v.InferOutput<typeof MultiPolygonSchema>;
export type AreaGeometry = v.InferOutput<typeof AreaGeometrySchema>;
export type Point = v.InferOutput<typeof PointSchema>;
