import type { GridMapStyle } from './types.js';

/**
 * Colours used when the element passes none. They meet 3:1 non-text contrast on the plain background and under
 * Tianditu's light vector style; the element normally overrides them from `--cw-*` tokens.
 */
export const DEFAULT_GRID_MAP_STYLE: GridMapStyle = {
  fill: '#2563eb',
  fillOpacity: 0.1,
  stroke: '#1d4ed8',
  strokeWidth: 1,
  selectedFill: '#f59e0b',
  selectedFillOpacity: 0.35,
  selectedStroke: '#b45309',
  selectedStrokeWidth: 3,
  hoverStroke: '#111827',
  focusStroke: '#7c3aed',
  emphasisStrokeWidth: 3,
  labelColor: '#1f2937',
  labelHalo: '#ffffff',
  labelFont: '500 13px system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  background: '#f3f4f6',
};
