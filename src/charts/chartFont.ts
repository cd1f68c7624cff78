/** Font stack for charts: CJK faces first so Chinese labels never fall back to boxes, by name only (no downloads). */
export const CHART_FONT_FAMILY = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Font size of chart text in pixels; CJK glyphs stay legible at 12, not at Plot's default 10. */
export const CHART_FONT_SIZE = 12;
