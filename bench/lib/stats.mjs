/** Small statistics helpers for benchmark samples (NaN-free arrays of numbers). */

export function median(values) {
  return quantile(values, 0.5);
}

/** Nearest-rank quantile: p95 of 40 frames is the 38th slowest, an actual observed frame. */
export function quantile(values, q) {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}
