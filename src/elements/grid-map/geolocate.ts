import type { Position } from '../../model/geo.js';

/** Why no position came back, in words the element has messages for. */
export type GeolocateFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export type GeolocateResult = { ok: true; position: Position } | { ok: false; reason: GeolocateFailure };

/**
 * Whether the page can ask for a position at all. Browsers give it only to https pages (and localhost): on a portal
 * still served over http the button could only ever fail, so the map leaves it out.
 */
export function geolocationAvailable(): boolean {
  return typeof navigator !== 'undefined' && !!navigator.geolocation && globalThis.isSecureContext !== false;
}

/**
 * One position from `navigator.geolocation` (WGS84 `[lng, lat]`), asked for only when the resident presses the
 * button. Never rejects: every failure becomes a reason to explain.
 *
 * @example
 * const result = await geolocate({ timeoutMs: 10_000 });
 * if (result.ok) view.locate(result.position, 'wgs84');
 */
export function geolocate({ timeoutMs = 10_000 }: { timeoutMs?: number } = {}): Promise<GeolocateResult> {
  const geolocation = typeof navigator !== 'undefined' ? navigator.geolocation : undefined;
  if (!geolocation) return Promise.resolve({ ok: false, reason: 'unsupported' });
  return new Promise((resolve) => {
    geolocation.getCurrentPosition(
      (found) => resolve({ ok: true, position: [found.coords.longitude, found.coords.latitude] }),
      (error) => resolve({ ok: false, reason: reasonOf(error) }),
      // A position a minute old still finds the same grid, and answers at once on a second press.
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}

function reasonOf(error: GeolocationPositionError): GeolocateFailure {
  // The constants live on the error object; compare numbers so stubbed errors work as well.
  switch (error.code) {
    case 1:
      return 'denied';
    case 3:
      return 'timeout';
    default:
      return 'unavailable';
  }
}
