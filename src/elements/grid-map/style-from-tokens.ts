import type { GridMapStyle } from './internal/types.js';

/** Which custom property feeds which engine colour; the element's styles give each a token-based default. */
const COLOR_TOKENS = {
  fill: '--cw-map-fill',
  stroke: '--cw-map-stroke',
  selectedFill: '--cw-map-selected-fill',
  selectedStroke: '--cw-map-selected-stroke',
  hoverStroke: '--cw-map-hover-stroke',
  focusStroke: '--cw-color-focus',
  labelColor: '--cw-color-text',
  labelHalo: '--cw-color-bg',
  background: '--cw-color-surface',
} as const satisfies Partial<Record<keyof GridMapStyle, string>>;

/**
 * The engine draws on canvas, which cannot read CSS variables: resolve the host's `--cw-*` tokens to colour
 * strings, and derive the label font from the host's font size, so themes, 字号 and elder mode reach the map.
 *
 * @example view.setStyle(styleFromTokens(this, { elder: true }))
 */
export function styleFromTokens(host: Element, { elder }: { elder: boolean }): Partial<GridMapStyle> {
  const computed = getComputedStyle(host);
  const style: Partial<GridMapStyle> = {};
  for (const [key, token] of Object.entries(COLOR_TOKENS) as Array<[keyof typeof COLOR_TOKENS, string]>) {
    const value = computed.getPropertyValue(token).trim();
    if (value) style[key] = value;
  }
  const fontSize = parseFloat(computed.fontSize) || 16;
  // Tiles are drawn in pixels; labels a little smaller than body text, but never below 12 px (18 pt-ish in elder).
  const labelPx = Math.round(Math.max(12, fontSize * (elder ? 0.85 : 0.8125)));
  const family = computed.fontFamily || 'system-ui, sans-serif';
  style.labelFont = `${elder ? 700 : 500} ${labelPx}px ${family}, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif`;
  style.strokeWidth = elder ? 2 : 1;
  style.selectedStrokeWidth = elder ? 4 : 3;
  style.emphasisStrokeWidth = elder ? 4 : 3;
  return style;
}
