import type { ComplexAttributeConverter } from 'lit';
import type { PointsSetting } from './grid-map-data.js';

/**
 * `points` is a boolean attribute that may also list kinds: absent → no service points, `points` → all of them,
 * `points="meal childcare"` (spaces or commas) → only those kinds.
 *
 * @example <cw-grid-map points="meal, childcare"></cw-grid-map>
 */
export const pointsAttribute: ComplexAttributeConverter<PointsSetting> = {
  fromAttribute(value: string | null): PointsSetting {
    if (value === null) return false;
    const kinds = value.split(/[\s,，]+/).filter(Boolean);
    return kinds.length === 0 || (kinds.length === 1 && /^(true|all)$/i.test(kinds[0]!)) ? true : kinds;
  },
};

/** A string that changes exactly when the setting does, for the data request's arguments. */
export function pointsKey(points: PointsSetting): string {
  if (points === true) return '*';
  if (points === false) return '-';
  return [...points].sort().join(',');
}
